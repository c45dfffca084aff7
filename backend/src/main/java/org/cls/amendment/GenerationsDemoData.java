package org.cls.amendment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.cls.common.StartupLock;
import org.cls.contract.Contract;
import org.cls.contract.ContractKind;
import org.cls.contract.ContractRepository;
import org.cls.contract.ContractStatus;
import org.cls.contract.TerritoryKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * On a demo instance, after {@code DemoData}: the CLS 1 of Grand Quercy (signed 2019-07-03 for five years, extended by
 * an amendment until the CLS 2 started), named as the predecessor of the CLS 2.
 */
@ApplicationScoped
public class GenerationsDemoData {

    static final String CLS_1 = "CLS 1 du Grand Quercy";
    static final String CLS_2 = "CLS 2 du Grand Quercy";
    private static final Logger LOG = Logger.getLogger(GenerationsDemoData.class);

    @ConfigProperty(name = "cls.demo.enabled")
    boolean enabled;

    @Inject
    ContractRepository contracts;

    @Inject
    StartupLock startupLock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!enabled) {
            return;
        }
        startupLock.hold();
        if (contracts.count("name", CLS_1) > 0) {
            return;
        }
        Contract second = contracts.find("name = ?1 and predecessor is null", CLS_2).firstResult();
        if (second == null) {
            return;
        }
        Instant now = Instant.now();
        Contract first = new Contract();
        first.id = UUID.randomUUID();
        first.kind = ContractKind.CLS;
        first.name = CLS_1;
        first.generation = 1;
        first.status = ContractStatus.ENDED;
        first.signedOn = LocalDate.of(2019, 7, 3);
        first.startDate = LocalDate.of(2019, 7, 3);
        first.endDate = LocalDate.of(2024, 12, 31);
        first.territory.name = second.territory.name;
        first.territory.kind = TerritoryKind.PETR;
        first.territory.regionCode = second.territory.regionCode;
        first.territory.departementCodes.addAll(second.territory.departementCodes);
        first.territory.communeCodes.addAll(List.copyOf(second.territory.communeCodes));
        first.territory.population = second.territory.population;
        first.coordinators.addAll(second.coordinators);
        first.createdAt = now;
        first.createdBy = "demo";
        first.updatedAt = now;
        first.updatedBy = "demo";
        contracts.persist(first);

        Amendment extension = new Amendment();
        extension.id = UUID.randomUUID();
        extension.contract = first;
        extension.number = 1;
        extension.signedOn = LocalDate.of(2024, 6, 20);
        extension.summary = "Prolongation du CLS 1 jusqu'à l'entrée en vigueur du CLS 2, approuvé par le COPIL du 11 décembre 2024.";
        extension.previousEndDate = LocalDate.of(2024, 7, 2);
        extension.newEndDate = first.endDate;
        extension.createdAt = now;
        extension.createdBy = "demo";
        extension.updatedAt = now;
        extension.updatedBy = "demo";
        extension.persist();

        second.predecessor = first;
        LOG.infof("Demo data: %s, with one amendment, precedes %s", CLS_1, CLS_2);
    }
}

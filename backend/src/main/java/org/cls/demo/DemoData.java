package org.cls.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.cls.contract.Contract;
import org.cls.contract.ContractKind;
import org.cls.contract.ContractRepository;
import org.cls.contract.ContractStatus;
import org.cls.contract.TerritoryKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** On the first start of a demo instance: the CLS 2 of Grand Quercy, coordinated by the demo coordinator. */
@ApplicationScoped
public class DemoData {

    static final String DEMO_COORDINATOR = "coordinator@example.org";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "cls.demo.enabled")
    boolean enabled;

    @Inject
    ContractRepository contracts;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled || contracts.count() > 0) {
            return;
        }
        Contract c = new Contract();
        c.id = UUID.randomUUID();
        c.kind = ContractKind.CLS;
        c.name = "CLS 2 du Grand Quercy";
        c.generation = 2;
        c.status = ContractStatus.SIGNED;
        c.signedOn = LocalDate.of(2025, 1, 15);
        c.startDate = LocalDate.of(2025, 1, 1);
        c.endDate = LocalDate.of(2029, 12, 31);
        c.territory.name = "PETR Grand Quercy";
        c.territory.kind = TerritoryKind.PETR;
        c.territory.regionCode = "76";
        c.territory.departementCodes.add("46");
        c.territory.communeCodes.addAll(List.of("46042"));
        c.territory.population = 93928;
        c.coordinators.add(DEMO_COORDINATOR);
        c.createdAt = Instant.now();
        c.createdBy = "demo";
        c.updatedAt = c.createdAt;
        c.updatedBy = "demo";
        contracts.persist(c);
        LOG.info("Demo data loaded: CLS 2 du Grand Quercy");
    }
}

package org.cls.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.cls.action.Action;
import org.cls.common.StartupLock;
import org.cls.plan.Objective;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * On a demo instance, after {@code DemoData} and {@code GenerationsDemoData}: indicators with two years of values (2025
 * and 2026) on several actions of the CLS 2 of Grand Quercy, including the two the demo pilot leads (each with a value
 * due), and one contract-level indicator on an objective.
 */
@ApplicationScoped
public class IndicatorDemoData {

    static final String CONTRACT = "CLS 2 du Grand Quercy";
    private static final Logger LOG = Logger.getLogger(IndicatorDemoData.class);

    @ConfigProperty(name = "cls.demo.enabled")
    boolean enabled;

    @Inject
    EntityManager em;

    @Inject
    StartupLock startupLock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (!enabled) {
            return;
        }
        startupLock.hold();
        if (Indicator.count() > 0) {
            return;
        }
        Action sport = action("Sport santé sur ordonnance");
        Action firstAid = action("Premiers secours en santé mentale");
        Action school = action("Prévention des addictions en milieu scolaire");
        Action interns = action("Accueil des internes en médecine générale");
        Action teleconsultation = action("Téléconsultation en EHPAD");
        if (sport == null || firstAid == null || school == null || interns == null || teleconsultation == null) {
            return;
        }
        String pilot = "pilot";
        String pilotName = "Paul Pilote";

        Indicator oriented = indicator(sport, null, "Patients orientés vers l'activité physique adaptée", IndicatorKind.PROCESS,
                "patients", Direction.INCREASE, "0", "2025-01-01", "300", "2026-12-31", Frequency.QUARTERLY,
                "Registre des prescriptions de la CPTS");
        values(oriented, pilot, pilotName, "2025-03-31", "12", "2025-06-30", "35", "2025-09-30", "70", "2025-12-31", "105",
                "2026-03-31", "140", "2026-06-30", "170");
        Indicator coaches = indicator(sport, null, "Éducateurs sportifs formés", IndicatorKind.RESULT, "éducateurs", Direction.INCREASE,
                "0", "2025-01-01", "24", "2026-12-31", Frequency.SEMIANNUAL, "Attestations de formation");
        values(coaches, pilot, pilotName, "2025-06-30", "12", "2025-12-31", "15", "2026-06-30", "17");

        Indicator trained = indicator(firstAid, null, "Personnes formées aux premiers secours en santé mentale", IndicatorKind.PROCESS,
                "personnes", Direction.INCREASE, "0", "2025-01-01", "120", "2026-12-31", Frequency.QUARTERLY, "PSSM France");
        values(trained, pilot, pilotName, "2025-03-31", "8", "2025-06-30", "16", "2025-09-30", "16", "2025-12-31", "24",
                "2026-03-31", "30", "2026-06-30", "34");

        Indicator pupils = indicator(school, null, "Élèves sensibilisés", IndicatorKind.PROCESS, "élèves", Direction.INCREASE, "0",
                "2025-09-01", "900", "2027-06-30", Frequency.SEMIANNUAL, "Bilans d'intervention de l'association");
        values(pupils, "coordinator", "Coordinatrice Demo", "2025-12-31", "180", "2026-06-30", "420");

        Indicator welcomed = indicator(interns, null, "Internes accueillis sur le territoire", IndicatorKind.RESULT, "internes",
                Direction.INCREASE, "2", "2024-12-31", "12", "2029-12-31", Frequency.SEMIANNUAL, "Faculté de médecine de Toulouse");
        values(welcomed, "coordinator", "Coordinatrice Demo", "2025-06-30", "3", "2025-12-31", "4", "2026-06-30", "6");

        Indicator emergencies = indicator(teleconsultation, null, "Passages aux urgences des résidents d'EHPAD", IndicatorKind.RESULT,
                "passages par an", Direction.DECREASE, "420", "2024-12-31", "300", "2027-12-31", Frequency.YEARLY,
                "Centre hospitalier de Cahors");
        values(emergencies, "coordinator", "Coordinatrice Demo", "2025-12-31", "405");

        Objective attract = interns.objective;
        Indicator density = indicator(null, attract, "Médecins généralistes pour 10 000 habitants", IndicatorKind.IMPACT,
                "pour 10 000 hab.", Direction.INCREASE, "7.8", "2024-12-31", "8.5", "2029-12-31", Frequency.YEARLY,
                "Observatoire régional de la santé Occitanie");
        values(density, "coordinator", "Coordinatrice Demo", "2025-12-31", "7.6");
        LOG.infof("Demo data: indicators with values on the actions of %s", CONTRACT);
    }

    private Action action(String title) {
        List<Action> found = em.createQuery("select a from Action a where a.title = :t and a.objective.axis.contract.name = :c", Action.class)
                .setParameter("t", title).setParameter("c", CONTRACT).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private int created;

    private Indicator indicator(Action action, Objective objective, String name, IndicatorKind kind, String unit, Direction direction,
            String baseline, String baselineDate, String target, String targetDate, Frequency frequency, String source) {
        Indicator i = new Indicator();
        i.id = UUID.randomUUID();
        i.action = action;
        i.objective = objective;
        i.name = name;
        i.kind = kind;
        i.unit = unit;
        i.direction = direction;
        i.baselineValue = new BigDecimal(baseline);
        i.baselineDate = LocalDate.parse(baselineDate);
        i.targetValue = new BigDecimal(target);
        i.targetDate = LocalDate.parse(targetDate);
        i.frequency = frequency;
        i.source = source;
        i.createdAt = Instant.parse("2025-01-15T09:00:00Z").plusSeconds(60L * created++);
        i.createdBy = "demo";
        i.updatedAt = i.createdAt;
        i.updatedBy = "demo";
        i.persist();
        return i;
    }

    /** Pairs of date and value. */
    private static void values(Indicator indicator, String author, String authorName, String... dateValues) {
        for (int k = 0; k < dateValues.length; k += 2) {
            Measurement m = new Measurement();
            m.id = UUID.randomUUID();
            m.indicator = indicator;
            m.date = LocalDate.parse(dateValues[k]);
            m.value = new BigDecimal(dateValues[k + 1]);
            m.author = author;
            m.authorName = authorName;
            m.recordedAt = m.date.plusDays(6).atTime(9, 0).toInstant(ZoneOffset.UTC);
            m.persist();
        }
    }
}

package org.cls.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.cls.action.Action;
import org.cls.action.ActionNote;
import org.cls.action.ActionPartner;
import org.cls.action.ActionStatus;
import org.cls.action.ActionTheme;
import org.cls.action.Funding;
import org.cls.action.FundingKind;
import org.cls.action.FundingStatus;
import org.cls.action.PartnerRole;
import org.cls.action.Priority;
import org.cls.action.Step;
import org.cls.common.StartupLock;
import org.cls.contract.Contract;
import org.cls.contract.ContractKind;
import org.cls.contract.ContractRepository;
import org.cls.contract.ContractStatus;
import org.cls.contract.TerritoryKind;
import org.cls.partner.Contact;
import org.cls.partner.Partner;
import org.cls.partner.PartnerType;
import org.cls.plan.Axis;
import org.cls.plan.Objective;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * On the first start of a demo instance: the CLS 2 of Grand Quercy, coordinated by the demo coordinator, with its plan;
 * two of its actions are piloted by the demo pilot.
 */
@ApplicationScoped
public class DemoData {

    static final String DEMO_COORDINATOR = "coordinator@example.org";
    static final String DEMO_PILOT = "pilot@example.org";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "cls.demo.enabled")
    boolean enabled;

    @Inject
    ContractRepository contracts;

    @Inject
    StartupLock startupLock;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        startupLock.hold();
        if (contracts.count() > 0) {
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
        plan(c);
        LOG.info("Demo data loaded: CLS 2 du Grand Quercy and its plan");
    }

    /** The plan of the CLS 2: three axes, five objectives, six actions with pilots, partners, fundings, steps and notes. */
    private void plan(Contract c) {
        Partner petr = partner("PETR Grand Quercy", PartnerType.LOCAL_AUTHORITY, "46042", "https://www.grandquercy.fr");
        Partner cpts = partner("CPTS du Grand Cahors", PartnerType.CPTS, "46042", null);
        Partner hospital = partner("Centre hospitalier de Cahors", PartnerType.HOSPITAL, "46042", null);
        Partner ars = partner("ARS Occitanie – délégation du Lot", PartnerType.ARS, "46042", "https://www.occitanie.ars.sante.fr");
        Partner cpam = partner("CPAM du Lot", PartnerType.CPAM, "46042", null);
        Partner departement = partner("Département du Lot", PartnerType.DEPARTEMENT, "46042", "https://lot.fr");
        Partner association = partner("Association Addictions France – Lot", PartnerType.ASSOCIATION, "46042", null);
        Partner education = partner("Direction des services départementaux de l'Éducation nationale du Lot", PartnerType.EDUCATION,
                "46042", null);
        Contact pilot = contact(cpts, "Paul", "Pilote", "Coordinateur de la CPTS", DEMO_PILOT);
        Contact petrContact = contact(petr, "Claire", "Delmas", "Chargée de mission santé", "claire.delmas@example.org");
        Contact hospitalContact = contact(hospital, "Marc", "Fabre", "Cadre de santé", "marc.fabre@example.org");
        Contact associationContact = contact(association, "Julie", "Roques", "Chargée de prévention", "julie.roques@example.org");

        Axis prevention = axis(c, 1, "Prévention et promotion de la santé", "Agir sur les déterminants de santé dès le plus jeune âge.");
        Axis access = axis(c, 2, "Accès aux soins et aux droits", "Maintenir une offre de soins de proximité sur les 148 communes.");
        Axis mental = axis(c, 3, "Santé mentale", "Articulé avec le CLSM du Grand Quercy.");
        Objective move = objective(prevention, 1, "Promouvoir l'activité physique et une alimentation équilibrée");
        Objective addictions = objective(prevention, 2, "Prévenir les conduites addictives chez les jeunes");
        Objective attract = objective(access, 1, "Attirer et fidéliser les professionnels de santé");
        Objective telemedicine = objective(access, 2, "Développer la télésanté");
        Objective distress = objective(mental, 1, "Repérer et accompagner la souffrance psychique");

        Action sport = action(move, 1, "Sport santé sur ordonnance", ActionStatus.IN_PROGRESS, 30, Priority.HIGH,
                LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31), cpts, pilot, ActionTheme.PHYSICAL_ACTIVITY, ActionTheme.PREVENTION);
        sport.rationale = "Forte prévalence des maladies chroniques et de la sédentarité sur le territoire.";
        sport.goals = "Orienter 150 patients par an vers une activité physique adaptée.";
        sport.targetPublic = "Patients en affection de longue durée";
        sport.linkCpts = "Projet de santé de la CPTS, mission prévention";
        partner(sport, hospital, PartnerRole.CO_PILOT);
        partner(sport, petr, PartnerRole.CONTRIBUTOR);
        funding(sport, ars, 2025, "12000.00", FundingKind.OPERATING, FundingStatus.GRANTED);
        funding(sport, departement, 2026, "5000.00", FundingKind.OPERATING, FundingStatus.REQUESTED);
        step(sport, "Former les éducateurs sportifs", LocalDate.of(2025, 6, 30), true);
        step(sport, "Premières prescriptions", LocalDate.of(2025, 9, 30), false);
        sport.persist();
        note(sport, "coordinator", "Coordinatrice Demo", "Action validée en COPIL.", Instant.parse("2025-03-10T09:00:00Z"));
        note(sport, "pilot", "Paul Pilote", "12 éducateurs formés en juin.", Instant.parse("2025-07-02T14:30:00Z"));

        Action school = action(addictions, 1, "Prévention des addictions en milieu scolaire", ActionStatus.IN_PROGRESS, 50,
                Priority.MEDIUM, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), association, associationContact,
                ActionTheme.ADDICTIONS, ActionTheme.YOUTH);
        partner(school, education, PartnerRole.CONTRIBUTOR);
        funding(school, ars, 2025, "8000.00", FundingKind.OPERATING, FundingStatus.PAID);
        step(school, "Interventions dans 6 collèges", LocalDate.of(2026, 6, 30), false);
        school.persist();

        Action interns = action(attract, 1, "Accueil des internes en médecine générale", ActionStatus.IN_PROGRESS, 60, Priority.HIGH,
                LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), petr, petrContact, ActionTheme.ACCESS_TO_CARE);
        partner(interns, cpam, PartnerRole.FUNDER);
        funding(interns, petr, 2025, "15000.00", FundingKind.OPERATING, FundingStatus.GRANTED);
        funding(interns, cpam, 2025, "4000.00", FundingKind.OPERATING, FundingStatus.REQUESTED);
        step(interns, "Logements meublés pour les internes", LocalDate.of(2025, 10, 31), true);
        interns.persist();
        note(interns, "coordinator", "Coordinatrice Demo", "Quatre internes accueillis au semestre d'hiver.",
                Instant.parse("2025-11-15T10:00:00Z"));

        Action teleconsultation = action(telemedicine, 1, "Téléconsultation en EHPAD", ActionStatus.NOT_STARTED, 0, Priority.MEDIUM,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), hospital, hospitalContact, ActionTheme.TELEMEDICINE,
                ActionTheme.ELDERLY);
        funding(teleconsultation, ars, 2026, "25000.00", FundingKind.INVESTMENT, FundingStatus.REQUESTED);
        teleconsultation.persist();

        Action firstAid = action(distress, 1, "Premiers secours en santé mentale", ActionStatus.IN_PROGRESS, 40, Priority.HIGH,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31), cpts, pilot, ActionTheme.MENTAL_HEALTH);
        firstAid.linkClsm = "CLSM du Grand Quercy, groupe de travail « prévention »";
        partner(firstAid, hospital, PartnerRole.CONTRIBUTOR);
        step(firstAid, "Deux sessions de formation PSSM", LocalDate.of(2025, 6, 30), true);
        step(firstAid, "Session pour les élus", LocalDate.of(2025, 10, 31), false);
        firstAid.persist();
        note(firstAid, "pilot", "Paul Pilote", "Session des élus reportée faute d'inscrits.", Instant.parse("2025-10-20T08:00:00Z"));

        Action nutrition = action(move, 2, "Ateliers nutrition dans les quartiers prioritaires", ActionStatus.DONE, 100, Priority.LOW,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), petr, petrContact, ActionTheme.NUTRITION);
        nutrition.priorityNeighbourhoods.add("Terre Rouge (Cahors)");
        nutrition.linkContratDeVille = "Contrat de ville de Cahors, pilier cohésion sociale";
        nutrition.persist();
    }

    private Partner partner(String name, PartnerType type, String commune, String website) {
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.name = name;
        p.type = type;
        p.communeCode = commune;
        p.website = website;
        audit(p);
        p.persist();
        return p;
    }

    private static void audit(Partner p) {
        p.createdAt = Instant.now();
        p.createdBy = "demo";
        p.updatedAt = p.createdAt;
        p.updatedBy = "demo";
    }

    private Contact contact(Partner partner, String first, String last, String function, String email) {
        Contact k = new Contact();
        k.id = UUID.randomUUID();
        k.partner = partner;
        k.firstName = first;
        k.lastName = last;
        k.function = function;
        k.email = email;
        k.departementCode = "46"; // the directory of the Lot, where the demo contract lies
        k.createdAt = Instant.now();
        k.createdBy = "demo";
        k.updatedAt = k.createdAt;
        k.updatedBy = "demo";
        k.persist();
        return k;
    }

    private Axis axis(Contract c, int position, String title, String description) {
        Axis a = new Axis();
        a.id = UUID.randomUUID();
        a.contract = c;
        a.position = position;
        a.title = title;
        a.description = description;
        a.createdAt = Instant.now();
        a.createdBy = "demo";
        a.updatedAt = a.createdAt;
        a.updatedBy = "demo";
        a.persist();
        return a;
    }

    private Objective objective(Axis axis, int position, String title) {
        Objective o = new Objective();
        o.id = UUID.randomUUID();
        o.axis = axis;
        o.position = position;
        o.title = title;
        o.createdAt = Instant.now();
        o.createdBy = "demo";
        o.updatedAt = o.createdAt;
        o.updatedBy = "demo";
        o.persist();
        return o;
    }

    private Action action(Objective objective, int seq, String title, ActionStatus status, int progress, Priority priority,
            LocalDate start, LocalDate end, Partner pilotPartner, Contact pilotContact, ActionTheme... themes) {
        Action a = new Action();
        a.id = UUID.randomUUID();
        a.objective = objective;
        a.seq = seq;
        a.title = title;
        a.status = status;
        a.progress = progress;
        a.priority = priority;
        a.startDate = start;
        a.endDate = end;
        a.pilotPartner = pilotPartner;
        a.pilotContact = pilotContact;
        a.themes.addAll(List.of(themes));
        a.communeCodes.add("46042");
        a.createdAt = Instant.now();
        a.createdBy = "demo";
        a.updatedAt = a.createdAt;
        a.updatedBy = "demo";
        return a;
    }

    private static void partner(Action a, Partner p, PartnerRole role) {
        ActionPartner line = new ActionPartner();
        line.partnerId = p.id;
        line.role = role;
        a.partners.add(line);
    }

    private static void funding(Action a, Partner funder, int year, String amount, FundingKind kind, FundingStatus status) {
        Funding f = new Funding();
        f.funderId = funder.id;
        f.year = year;
        f.amount = new BigDecimal(amount);
        f.kind = kind;
        f.status = status;
        a.fundings.add(f);
    }

    private static void step(Action a, String title, LocalDate due, boolean done) {
        Step s = new Step();
        s.title = title;
        s.dueDate = due;
        s.done = done;
        a.steps.add(s);
    }

    private static void note(Action a, String author, String authorName, String text, Instant at) {
        ActionNote n = new ActionNote();
        n.id = UUID.randomUUID();
        n.action = a;
        n.author = author;
        n.authorName = authorName;
        n.text = text;
        n.createdAt = at;
        n.persist();
    }
}

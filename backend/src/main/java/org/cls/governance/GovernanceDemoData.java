package org.cls.governance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.cls.action.Action;
import org.cls.common.StartupLock;
import org.cls.contract.Contract;
import org.cls.contract.ContractRepository;
import org.cls.partner.Contact;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * On a demo instance, after {@code DemoData}: a year of governance of the CLS 2 of Grand Quercy, around today so that
 * some meetings are behind (held, with minutes and decisions) and some ahead: a COPIL, a COTECH meeting twice, two working
 * groups.
 */
@ApplicationScoped
public class GovernanceDemoData {

    static final String CLS_2 = "CLS 2 du Grand Quercy";
    private static final Logger LOG = Logger.getLogger(GovernanceDemoData.class);

    @ConfigProperty(name = "cls.demo.enabled")
    boolean enabled;

    @Inject
    ContractRepository contracts;

    private Instant now;

    @Inject
    StartupLock startupLock;

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (!enabled) {
            return;
        }
        startupLock.hold();
        Contract contract = contracts.find("name", CLS_2).firstResult();
        if (contract == null || Committee.count("contract", contract) > 0) {
            return;
        }
        now = Instant.now();
        Contact paul = contact("pilot@example.org");
        Contact claire = contact("claire.delmas@example.org");
        Contact marc = contact("marc.fabre@example.org");
        Contact julie = contact("julie.roques@example.org");
        Action sport = action(contract, "Sport santé sur ordonnance");
        Action interns = action(contract, "Accueil des internes en médecine générale");
        Action firstAid = action(contract, "Premiers secours en santé mentale");
        Action school = action(contract, "Prévention des addictions en milieu scolaire");
        LocalDate month = LocalDate.now(Governance.PARIS).withDayOfMonth(1);

        Committee copil = committee(contract, CommitteeKind.COPIL, "COPIL du CLS", "Pilotage stratégique annuel",
                claire, marc, paul, julie);
        Committee cotech = committee(contract, CommitteeKind.COTECH, "COTECH", "Suivi technique des actions", claire, paul, julie);
        Committee mental = committee(contract, CommitteeKind.WORKING_GROUP, "Groupe de travail santé mentale",
                "Articulation avec le CLSM", claire, marc);
        Committee attract = committee(contract, CommitteeKind.WORKING_GROUP, "Groupe de travail attractivité médicale",
                "Accueil des internes et des jeunes médecins", claire, paul);

        Meeting copilHeld = meeting(copil, thursday(month.minusMonths(9), 2), LocalTime.of(14, 0), 150, "Cahors, salle du conseil du PETR",
                null, MeetingStatus.HELD, """
                        # Compte rendu du COPIL

                        **Présents** : élus du PETR, ARS (délégation du Lot), CPAM, centre hospitalier, CPTS.

                        ## Bilan de la première année
                        - 6 fiches actions engagées sur 3 axes ;
                        - 12 éducateurs sportifs formés au *sport santé sur ordonnance*.

                        ## Orientations
                        Le COPIL valide la programmation de l'année et demande un point d'étape en COTECH.
                        """, List.of(claire, marc, paul, julie));
        agenda(copilHeld, "Bilan de l'année écoulée", 45, claire, null);
        agenda(copilHeld, "Sport santé sur ordonnance : premiers résultats", 30, paul, sport);
        agenda(copilHeld, "Programmation de l'année", 45, claire, null);
        attendance(copilHeld, AttendanceStatus.PRESENT, claire, marc, paul);
        attendance(copilHeld, AttendanceStatus.EXCUSED, julie);
        decision(copilHeld, "Étendre le sport sur ordonnance à deux nouvelles maisons de santé", paul, sport,
                month.minusMonths(3), DecisionStatus.DONE);
        decision(copilHeld, "Relancer les MSP pour l'accueil des internes", claire, interns, month.plusMonths(1), DecisionStatus.OPEN);

        Meeting cotech1 = meeting(cotech, thursday(month.minusMonths(6), 1), LocalTime.of(9, 30), 120, "Cahors, CPTS du Grand Cahors",
                null, MeetingStatus.HELD, """
                        # COTECH — point d'étape

                        Tour des fiches actions : trois actions en cours, une à relancer (téléconsultation en EHPAD).

                        | Action | Avancement |
                        | --- | --- |
                        | Sport santé | 30 % |
                        | Internes | 60 % |
                        """, List.of(claire, paul, julie));
        agenda(cotech1, "Tour des fiches actions", 60, claire, null);
        agenda(cotech1, "Prévention des addictions au collège", 30, julie, school);
        attendance(cotech1, AttendanceStatus.PRESENT, claire, paul, julie);
        decision(cotech1, "Programmer les interventions dans six collèges", julie, school, month.minusMonths(1), DecisionStatus.OPEN);
        decision(cotech1, "Abandonner l'enquête auprès des EHPAD, redondante avec celle du Département", claire, null, null,
                DecisionStatus.DROPPED);

        Meeting cotech2 = meeting(cotech, thursday(month.minusMonths(1), 2), LocalTime.of(9, 30), 120, null,
                "https://visio.example.org/cls-cotech", MeetingStatus.HELD, """
                        # COTECH en visioconférence

                        Préparation du COPIL annuel et du bilan semestriel pour l'ARS.
                        """, List.of(claire, paul, julie));
        agenda(cotech2, "Préparation du COPIL annuel", 60, claire, null);
        agenda(cotech2, "Bilan semestriel", 30, claire, null);
        attendance(cotech2, AttendanceStatus.PRESENT, claire, paul);
        attendance(cotech2, AttendanceStatus.ABSENT, julie);
        decision(cotech2, "Envoyer le bilan semestriel à la délégation départementale", claire, null, month.plusMonths(1),
                DecisionStatus.OPEN);

        Meeting mental1 = meeting(mental, thursday(month.minusMonths(7), 3), LocalTime.of(14, 0), 120, "Centre hospitalier de Cahors",
                null, MeetingStatus.HELD, """
                        # Groupe de travail santé mentale

                        Formation aux premiers secours en santé mentale : 2 sessions par an, priorité aux agents d'accueil.
                        """, List.of(claire, marc));
        agenda(mental1, "Premiers secours en santé mentale", 60, marc, firstAid);
        attendance(mental1, AttendanceStatus.PRESENT, claire, marc);
        decision(mental1, "Former 24 agents d'accueil aux premiers secours en santé mentale", marc, firstAid, month.plusMonths(2),
                DecisionStatus.OPEN);

        Meeting mental2 = meeting(mental, thursday(month.minusMonths(3), 3), LocalTime.of(14, 0), 120, "Centre hospitalier de Cahors",
                null, MeetingStatus.HELD, """
                        # Groupe de travail santé mentale

                        Retour sur la première session de formation (12 stagiaires).
                        """, List.of(claire, marc));
        agenda(mental2, "Retour sur la première session", 45, marc, firstAid);
        attendance(mental2, AttendanceStatus.PRESENT, claire);
        attendance(mental2, AttendanceStatus.EXCUSED, marc);

        Meeting attract1 = meeting(attract, thursday(month.minusMonths(4), 2), LocalTime.of(12, 30), 90, "Gourdon, maison de santé",
                null, MeetingStatus.HELD, """
                        # Groupe de travail attractivité

                        Logement des internes : deux logements mis à disposition par les communes.
                        """, List.of(claire, paul));
        agenda(attract1, "Logement des internes", 45, claire, interns);
        attendance(attract1, AttendanceStatus.PRESENT, claire, paul);
        decision(attract1, "Recenser les logements disponibles pour les internes", claire, interns, month.minusMonths(2),
                DecisionStatus.DONE);

        meeting(attract, thursday(month.plusMonths(1), 1), LocalTime.of(12, 30), 90, "Souillac, mairie", null, MeetingStatus.PLANNED,
                null, List.of(claire, paul));
        Meeting nextCopil = meeting(copil, thursday(month.plusMonths(1), 2), LocalTime.of(14, 0), 150, "Cahors", null,
                MeetingStatus.PLANNED, null, List.of(claire, marc, paul, julie));
        agenda(nextCopil, "Bilan annuel", 45, claire, null);
        agenda(nextCopil, "Sport santé sur ordonnance", 30, paul, sport);
        agenda(nextCopil, "Feuille de route de l'année à venir", 45, claire, null);
        LOG.infof("Demo data: governance of %s (4 committees, 8 meetings)", CLS_2);
    }

    private static LocalDate thursday(LocalDate month, int nth) {
        return month.with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.THURSDAY));
    }

    private static Contact contact(String email) {
        return Contact.find("email", email).firstResult();
    }

    private static Action action(Contract contract, String title) {
        return Action.find("objective.axis.contract = ?1 and title = ?2", contract, title).firstResult();
    }

    private Committee committee(Contract contract, CommitteeKind kind, String name, String theme, Contact... members) {
        Committee c = new Committee();
        c.id = UUID.randomUUID();
        c.contract = contract;
        c.kind = kind;
        c.name = name;
        c.theme = theme;
        for (Contact m : members) {
            if (m != null) {
                c.members.add(m);
            }
        }
        stamp(c);
        c.persist();
        return c;
    }

    private Meeting meeting(Committee committee, LocalDate day, LocalTime start, int minutes, String place, String videoLink,
            MeetingStatus status, String text, List<Contact> invited) {
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.committee = committee;
        m.startsAt = day.atTime(start).atZone(Governance.PARIS).toInstant();
        m.endsAt = m.startsAt.plusSeconds(minutes * 60L);
        m.place = place;
        m.videoLink = videoLink;
        m.status = status;
        m.minutes = text;
        for (Contact c : invited) {
            if (c != null) {
                Invitee i = new Invitee();
                i.id = UUID.randomUUID();
                i.meeting = m;
                i.contact = c;
                i.attendance = AttendanceStatus.INVITED;
                m.invitees.add(i);
            }
        }
        m.createdAt = now;
        m.createdBy = "demo";
        m.updatedAt = now;
        m.updatedBy = "demo";
        m.persist();
        return m;
    }

    private static void agenda(Meeting m, String title, int minutes, Contact presenter, Action action) {
        AgendaItem i = new AgendaItem();
        i.id = UUID.randomUUID();
        i.meeting = m;
        i.position = m.agenda.size();
        i.title = title;
        i.durationMinutes = minutes;
        i.presenter = presenter;
        i.action = action;
        m.agenda.add(i);
        i.persist();
    }

    private static void attendance(Meeting m, AttendanceStatus status, Contact... contacts) {
        for (Contact c : contacts) {
            m.invitees.stream().filter(i -> i.contact == c).forEach(i -> i.attendance = status);
        }
    }

    private void decision(Meeting m, String text, Contact owner, Action action, LocalDate due, DecisionStatus status) {
        Decision d = new Decision();
        d.id = UUID.randomUUID();
        d.meeting = m;
        d.text = text;
        d.owner = owner;
        d.action = action;
        d.dueDate = due;
        d.status = status;
        d.createdAt = now;
        d.createdBy = "demo";
        d.updatedAt = now;
        d.updatedBy = "demo";
        d.persist();
    }

    private void stamp(Committee c) {
        c.createdAt = now;
        c.createdBy = "demo";
        c.updatedAt = now;
        c.updatedBy = "demo";
    }
}

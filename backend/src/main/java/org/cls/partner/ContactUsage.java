package org.cls.partner;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.cls.action.Action;
import org.cls.common.Messages;
import org.cls.contract.Contract;
import org.cls.security.Policy;

/**
 * Where a contact is used: pilot of an action, member of a committee, invitee or presenter of a meeting, owner of a
 * decision (every table with a foreign key to {@code contact}). A contact in use is never deleted: the 409 names the uses
 * in contracts the caller reads and says "and in other contracts", without a count, for the others.
 * <p>
 * The database would not stop every such deletion itself: {@code committee_member} and {@code meeting_invitee} cascade,
 * {@code meeting_agenda_item.presenter_contact_id} and {@code decision.owner_contact_id} are set to null (V7); only
 * {@code action.pilot_contact_id} restricts (V3). So the check is made here, before any delete.
 */
@ApplicationScoped
public class ContactUsage {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EntityManager em;

    @Inject
    Policy policy;

    @Inject
    Messages messages;

    /** One use: the kind, the object (action, committee, meeting or decision), its label, the meeting's day, its contract. */
    public record Use(ContactUseKind kind, UUID objectId, String label, LocalDate date, Contract contract) {
    }

    /** The uses of a contact the caller may see (in contracts they read), and whether there are others. */
    public record Uses(List<Use> visible, boolean elsewhere) {
        public boolean isEmpty() {
            return visible.isEmpty() && !elsewhere;
        }
    }

    /** Every use, whoever reads the contracts. */
    public List<Use> all(Contact contact) {
        List<Use> uses = new ArrayList<>();
        for (Action a : em.createQuery("select a from Action a where a.pilotContact = :c", Action.class)
                .setParameter("c", contact).getResultList()) {
            uses.add(new Use(ContactUseKind.PILOT, a.id, a.displayCode() + " " + a.title, null, a.objective.axis.contract));
        }
        for (Object[] r : rows("select cm.id, cm.name, cm.contract from Committee cm join cm.members m where m = :c", contact)) {
            uses.add(new Use(ContactUseKind.COMMITTEE_MEMBER, (UUID) r[0], (String) r[1], null, (Contract) r[2]));
        }
        for (Object[] r : rows("select i.meeting.id, i.meeting.committee.name, i.meeting.startsAt, i.meeting.committee.contract"
                + " from Invitee i where i.contact = :c", contact)) {
            uses.add(new Use(ContactUseKind.MEETING_INVITEE, (UUID) r[0], (String) r[1], day(r[2]), (Contract) r[3]));
        }
        for (Object[] r : rows("select distinct ai.meeting.id, ai.meeting.committee.name, ai.meeting.startsAt, ai.meeting.committee.contract"
                + " from AgendaItem ai where ai.presenter = :c", contact)) {
            uses.add(new Use(ContactUseKind.AGENDA_PRESENTER, (UUID) r[0], (String) r[1], day(r[2]), (Contract) r[3]));
        }
        for (Object[] r : rows("select d.id, d.text, d.meeting.committee.contract from Decision d where d.owner = :c", contact)) {
            uses.add(new Use(ContactUseKind.DECISION_OWNER, (UUID) r[0], excerpt((String) r[1]), null, (Contract) r[2]));
        }
        uses.sort(Comparator.comparing((Use u) -> u.contract().name).thenComparing(u -> u.contract().id)
                .thenComparing(Use::kind)
                .thenComparing(u -> u.date() == null ? LocalDate.MIN : u.date())
                .thenComparing(Use::label, String.CASE_INSENSITIVE_ORDER));
        return uses;
    }

    /** The uses in contracts the caller reads, and whether some are in contracts they do not read. */
    public Uses visible(Contact contact) {
        List<Use> all = all(contact);
        Map<UUID, Boolean> readable = new LinkedHashMap<>();
        List<Use> visible = all.stream().filter(u -> readable.computeIfAbsent(u.contract().id, id -> policy.canRead(u.contract())))
                .toList();
        return new Uses(visible, visible.size() < all.size());
    }

    /** The uses as a sentence for a 409 ("CLS 2 du Grand Quercy : membre du comité COPIL…"); empty when unused. */
    public String describe(Contact contact) {
        Uses uses = visible(contact);
        if (uses.isEmpty()) {
            return "";
        }
        Map<Contract, List<Use>> byContract = uses.visible().stream()
                .collect(Collectors.groupingBy(Use::contract, LinkedHashMap::new, Collectors.toList()));
        List<String> parts = new ArrayList<>();
        byContract.forEach((contract, list) -> parts.add(contract.name + " : "
                + list.stream().map(this::phrase).collect(Collectors.joining(", "))));
        if (uses.elsewhere()) {
            parts.add(messages.get(parts.isEmpty() ? "org.cls.partner.use.otherContracts" : "org.cls.partner.use.andOtherContracts"));
        }
        return format(messages.get("org.cls.partner.contactInUse"), name(contact), String.join(" ; ", parts));
    }

    private String phrase(Use u) {
        String date = u.date() == null ? null : u.date().format(DateTimeFormatter.ofPattern(messages.get("org.cls.partner.use.datePattern")));
        return switch (u.kind()) {
            case PILOT -> format(messages.get("org.cls.partner.use.pilot"), u.label());
            case COMMITTEE_MEMBER -> format(messages.get("org.cls.partner.use.member"), u.label());
            case MEETING_INVITEE -> format(messages.get("org.cls.partner.use.invitee"), u.label(), date);
            case AGENDA_PRESENTER -> format(messages.get("org.cls.partner.use.presenter"), u.label(), date);
            case DECISION_OWNER -> format(messages.get("org.cls.partner.use.owner"), u.label());
        };
    }

    static String name(Contact contact) {
        return (contact.firstName + " " + contact.lastName).strip();
    }

    /** {0}, {1}… replaced by the values (no MessageFormat: French apostrophes stay as they are). */
    static String format(String pattern, String... values) {
        String out = pattern;
        for (int i = 0; i < values.length; i++) {
            out = out.replace("{" + i + "}", values[i] == null ? "" : values[i]);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String jpql, Contact contact) {
        return em.createQuery(jpql).setParameter("c", contact).getResultList();
    }

    private static LocalDate day(Object instant) {
        return instant == null ? null : ((Instant) instant).atZone(PARIS).toLocalDate();
    }

    private static String excerpt(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}

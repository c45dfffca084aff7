package org.cls.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.zip.CRC32;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.cls.action.ActionStatus;
import org.cls.action.ActionTheme;
import org.cls.contract.geo.InseeCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * A deterministic national dataset (every CLS of France at scale 1.0) loaded with plain JDBC batch inserts,
 * one transaction per chunk of contracts. Same seed and shape → same rows, same identifiers.
 * <p>
 * Bulk rows get no Envers audit rows: the audit trail starts at their first change through the API (the history of
 * a generated object begins with a "modified" entry). Nothing reads the audit tables to serve current data.
 * <p>
 * Started by {@code cls.bench.generate=SEED,SCALE}; skipped when the dataset of that seed is already there.
 */
@ApplicationScoped
public class NationalDataset {

    private static final Logger LOG = Logger.getLogger(NationalDataset.class);

    /** The coordinator and ARS of the demo realm read the first contract (Lot, Occitanie). */
    public static final String DEMO_COORDINATOR = "coordinator@example.org";
    public static final String FIRST_DEPARTEMENT = "46";
    static final String AUTHOR = "bench";
    static final OffsetDateTime CREATED = OffsetDateTime.of(2024, 1, 15, 9, 0, 0, 0, ZoneOffset.UTC);
    static final int CHUNK = 10;

    /** How much of each thing: contracts scale, everything else is per contract. */
    public record Shape(int contracts, int axes, int objectivesPerAxis, int actionsPerObjective, int indicatorsPerAction,
            int measurementsPerIndicator, int partnersPerContract, int contactsPerPartner, int committeesPerContract,
            int meetingsPerCommittee) {

        /** Scale 1.0: ~450 contracts × 40 actions × 3 indicators × 12 measurements. */
        public static Shape of(double scale) {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("scale must be > 0");
            }
            return new Shape(Math.max(1, (int) Math.round(450 * scale)), 4, 2, 5, 3, 12, 10, 2, 2, 4);
        }
    }

    /** What was loaded: row counts by table and a checksum over every identifier and value generated. */
    public record Result(Map<String, Long> rows, long checksum, List<UUID> contractIds, long millis) {
    }

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "cls.bench.generate")
    Optional<String> generate;

    void onStart(@Observes StartupEvent event) {
        if (generate.isEmpty() || generate.get().isBlank()) {
            return;
        }
        String[] parts = generate.get().split(",");
        long seed = Long.parseLong(parts[0].trim());
        double scale = parts.length > 1 ? Double.parseDouble(parts[1].trim()) : 1.0;
        Shape shape = Shape.of(scale);
        if (exists(new Generator(seed, shape).contractId(0))) {
            LOG.infof("National dataset seed %d already loaded: skipped", seed);
            return;
        }
        Result r = load(seed, shape);
        LOG.infof("National dataset seed %d scale %s loaded in %d ms: %s", seed, scale, r.millis(), r.rows());
    }

    private boolean exists(UUID contract) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from contract where id = ?")) {
            ps.setObject(1, contract);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Result load(long seed, double scale) {
        return load(seed, Shape.of(scale));
    }

    public Result load(long seed, Shape shape) {
        long start = System.nanoTime();
        Generator g = new Generator(seed, shape);
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (int from = 0; from < shape.contracts(); from += CHUNK) {
                    Batch b = new Batch(c);
                    for (int k = from; k < Math.min(shape.contracts(), from + CHUNK); k++) {
                        g.contract(k, b);
                    }
                    b.flush();
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("National dataset load failed: " + e.getMessage(), e);
        }
        return new Result(g.rows, g.crc.getValue(), g.contracts, (System.nanoTime() - start) / 1_000_000);
    }

    /** Insert statements, created on first use and executed in batches. */
    static final class Batch {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        private final Map<String, Integer> pending = new LinkedHashMap<>();

        Batch(Connection connection) {
            this.connection = connection;
        }

        void add(String table, String columns, Object... values) throws SQLException {
            PreparedStatement ps = statements.get(table);
            if (ps == null) {
                String marks = String.join(",", java.util.Collections.nCopies(values.length, "?"));
                ps = connection.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")");
                statements.put(table, ps);
            }
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof OffsetDateTime t) {
                    ps.setTimestamp(i + 1, Timestamp.from(t.toInstant()));
                } else if (v instanceof LocalDate d) {
                    ps.setDate(i + 1, Date.valueOf(d));
                } else if (v instanceof Enum<?> e) {
                    ps.setString(i + 1, e.name());
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.addBatch();
            int n = pending.merge(table, 1, Integer::sum);
            if (n >= 1000) {
                flush();
            }
        }

        /** Parents were created first, so executing in creation order respects the foreign keys. */
        void flush() throws SQLException {
            for (var e : statements.entrySet()) {
                if (pending.getOrDefault(e.getKey(), 0) > 0) {
                    e.getValue().executeBatch();
                    pending.put(e.getKey(), 0);
                }
            }
        }
    }

    /** The dataset itself: every value drawn from one seeded random sequence. */
    static final class Generator {
        final Random random;
        final Shape shape;
        final Map<String, Long> rows = new LinkedHashMap<>();
        final CRC32 crc = new CRC32();
        final List<UUID> contracts = new ArrayList<>();
        final List<String> departements;
        final long seed;

        Generator(long seed, Shape shape) {
            this.seed = seed;
            this.random = new Random(seed);
            this.shape = shape;
            List<String> all = new ArrayList<>(InseeCodes.departementRegions().keySet());
            int first = all.indexOf(FIRST_DEPARTEMENT);
            this.departements = new ArrayList<>(all.subList(first, all.size()));
            departements.addAll(all.subList(0, first));
        }

        UUID contractId(int k) {
            return id("contract", k);
        }

        /** Identifiers derived from the seed and the object's place, not from the random sequence. */
        UUID id(String kind, long... path) {
            StringBuilder s = new StringBuilder(kind).append(':').append(seed);
            for (long p : path) {
                s.append(':').append(p);
            }
            return UUID.nameUUIDFromBytes(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        private void insert(Batch b, String table, String columns, Object... values) throws SQLException {
            b.add(table, columns, values);
            rows.merge(table, 1L, Long::sum);
            for (Object v : values) {
                crc.update(String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        private static final String AUDIT = "created_at,created_by,updated_at,updated_by";

        private <E extends Enum<E>> E pick(E[] values) {
            return values[random.nextInt(values.length)];
        }

        void contract(int k, Batch b) throws SQLException {
            UUID contract = contractId(k);
            contracts.add(contract);
            String dep = departements.get(k % departements.size());
            String region = InseeCodes.regionOf(dep);
            LocalDate start = LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1);
            insert(b, "contract", "id,version,kind,name,generation,status,signed_on,start_date,end_date,territory_name,territory_kind,"
                    + "region_code,population," + AUDIT,
                    contract, 0L, k % 7 == 6 ? "CLSM" : "CLS", "CLS " + (k + 1) + " du territoire " + dep + "-" + (k / departements.size() + 1),
                    1 + random.nextInt(3), "SIGNED", start.minusDays(10), start, start.plusYears(5),
                    "Territoire " + dep + "-" + (k / departements.size() + 1), "EPCI", region, 10_000 + random.nextInt(200_000),
                    CREATED, AUTHOR, CREATED, AUTHOR);
            insert(b, "contract_departement", "contract_id,position,code", contract, 0, dep);
            insert(b, "contract_coordinator", "contract_id,email", contract, "coord" + (k + 1) + "@cls.example.org");
            if (k == 0) {
                insert(b, "contract_coordinator", "contract_id,email", contract, DEMO_COORDINATOR);
            }

            List<UUID> partners = new ArrayList<>();
            List<UUID> contacts = new ArrayList<>();
            for (int p = 0; p < shape.partnersPerContract(); p++) {
                UUID partner = id("partner", k, p);
                partners.add(partner);
                insert(b, "partner", "id,version,name,type,commune_code," + AUDIT, partner, 0L,
                        "Partenaire " + (p + 1) + " du CLS " + (k + 1), pick(org.cls.partner.PartnerType.values()), null,
                        CREATED, AUTHOR, CREATED, AUTHOR);
                for (int q = 0; q < shape.contactsPerPartner(); q++) {
                    UUID contact = id("contact", k, p, q);
                    contacts.add(contact);
                    insert(b, "contact", "id,version,partner_id,first_name,last_name,email,departement_code," + AUDIT, contact, 0L, partner,
                            "Prénom" + (q + 1), "Nom" + (p + 1), "contact" + (k + 1) + "-" + (p + 1) + "-" + (q + 1) + "@cls.example.org",
                            dep, CREATED, AUTHOR, CREATED, AUTHOR);
                }
            }

            for (int a = 0; a < shape.axes(); a++) {
                UUID axis = id("axis", k, a);
                insert(b, "axis", "id,version,contract_id,position,title," + AUDIT, axis, 0L, contract, a + 1,
                        "Axe " + (a + 1), CREATED, AUTHOR, CREATED, AUTHOR);
                for (int o = 0; o < shape.objectivesPerAxis(); o++) {
                    UUID objective = id("objective", k, a, o);
                    insert(b, "objective", "id,version,axis_id,position,title," + AUDIT, objective, 0L, axis, o + 1,
                            "Objectif " + (a + 1) + "." + (o + 1), CREATED, AUTHOR, CREATED, AUTHOR);
                    for (int s = 0; s < shape.actionsPerObjective(); s++) {
                        action(b, k, a, o, s, objective, start, partners, contacts);
                    }
                }
            }

            for (int m = 0; m < shape.committeesPerContract(); m++) {
                UUID committee = id("committee", k, m);
                insert(b, "committee", "id,version,contract_id,kind,name," + AUDIT, committee, 0L, contract,
                        m == 0 ? "COPIL" : "COTECH", m == 0 ? "Comité de pilotage" : "Comité technique " + m,
                        CREATED, AUTHOR, CREATED, AUTHOR);
                for (int t = 0; t < shape.meetingsPerCommittee(); t++) {
                    OffsetDateTime at = start.plusMonths(6L * t).atTime(14, 0).atOffset(ZoneOffset.UTC);
                    insert(b, "meeting", "id,version,committee_id,starts_at,ends_at,place,status," + AUDIT, id("meeting", k, m, t), 0L,
                            committee, at, at.plusHours(2), "Mairie", at.isBefore(CREATED.plusYears(2)) ? "HELD" : "PLANNED",
                            CREATED, AUTHOR, CREATED, AUTHOR);
                }
            }
        }

        private void action(Batch b, int k, int a, int o, int s, UUID objective, LocalDate contractStart, List<UUID> partners,
                List<UUID> contacts) throws SQLException {
            UUID action = id("action", k, a, o, s);
            int pilot = random.nextInt(partners.size());
            LocalDate start = contractStart.plusMonths(random.nextInt(24));
            ActionStatus status = pick(ActionStatus.values());
            int progress = status == ActionStatus.DONE ? 100 : status == ActionStatus.NOT_STARTED ? 0 : 5 * random.nextInt(20);
            insert(b, "action", "id,version,objective_id,seq,title,description,start_date,end_date,status,progress,priority,"
                    + "pilot_partner_id,pilot_contact_id," + AUDIT,
                    action, 0L, objective, s + 1, "Action " + (a + 1) + "." + (o + 1) + "." + (s + 1),
                    "Action générée pour le banc d'essai.", start, start.plusMonths(6 + random.nextInt(30)), status, progress,
                    pick(org.cls.action.Priority.values()), partners.get(pilot),
                    contacts.get(pilot * shape.contactsPerPartner()), CREATED, AUTHOR, CREATED, AUTHOR);
            ActionTheme theme = pick(ActionTheme.values());
            insert(b, "action_theme", "action_id,theme", action, theme);
            insert(b, "action_partner", "action_id,position,partner_id,partner_role", action, 0,
                    partners.get((pilot + 1) % partners.size()), "CONTRIBUTOR");
            insert(b, "action_funding", "action_id,position,funder_id,funding_year,amount,kind,status", action, 0,
                    partners.get((pilot + 2) % partners.size()), start.getYear(), BigDecimal.valueOf(500L * (1 + random.nextInt(40)), 2),
                    pick(org.cls.action.FundingKind.values()), pick(org.cls.action.FundingStatus.values()));
            for (int i = 0; i < shape.indicatorsPerAction(); i++) {
                UUID indicator = id("indicator", k, a, o, s, i);
                insert(b, "indicator", "id,version,action_id,name,kind,unit,direction,baseline_value,baseline_date,target_value,"
                        + "target_date,frequency," + AUDIT,
                        indicator, 0L, action, "Indicateur " + (i + 1), pick(org.cls.indicator.IndicatorKind.values()), "personnes",
                        "INCREASE", BigDecimal.ZERO, start, BigDecimal.valueOf(100 + random.nextInt(900)), start.plusYears(3),
                        "MONTHLY", CREATED, AUTHOR, CREATED, AUTHOR);
                LocalDate month = start.withDayOfMonth(1);
                double value = 0;
                for (int m = 0; m < shape.measurementsPerIndicator(); m++) {
                    LocalDate on = month.plusMonths(m + 1L).minusDays(1);
                    value += random.nextInt(20);
                    insert(b, "measurement", "id,version,indicator_id,measured_on,measured_value,author,author_name,recorded_at",
                            id("measurement", k, a, o, s, i, m), 0L, indicator, on, BigDecimal.valueOf(value), AUTHOR, "Banc d'essai",
                            on.plusDays(3).atTime(10, 0).atOffset(ZoneOffset.UTC));
                }
            }
        }
    }
}

package org.cls.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.cls.action.ActionInput;
import org.cls.action.ActionService;
import org.cls.action.ActionStatus;
import org.cls.action.ActionTheme;
import org.cls.action.FundingKind;
import org.cls.action.FundingStatus;
import org.cls.action.PartnerRole;
import org.cls.action.PlanDto;
import org.cls.action.PlanTreeService;
import org.cls.action.Priority;
import org.cls.common.ApiException;
import org.cls.common.FieldError;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.plan.AxisInput;
import org.cls.plan.PlanService;
import org.cls.reporting.PlanWorkbookReader.Cell;
import org.cls.reporting.PlanWorkbookReader.Row;
import org.cls.reporting.PlanWorkbookReader.Sheet;

/**
 * Imports a {@link PlanWorkbook} into a contract without a plan, all or nothing: every error of the workbook is collected
 * (field {@code sheet!A1}, message naming the column) and reported in one problem; nothing is written when there is one.
 */
@ApplicationScoped
@Transactional
public class PlanWorkbookImporter {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 5000;
    /** What one part of the workbook (a sheet's XML) may expand to: a full 5,000-row sheet stays well under it. */
    public static final long MAX_ENTRY_BYTES = PlanWorkbookReader.MAX_ENTRY_BYTES;

    @Inject
    Policy policy;

    @Inject
    EntityManager em;

    @Inject
    PlanService planService;

    @Inject
    ActionService actionService;

    @Inject
    PlanTreeService planTree;

    @Inject
    Validator validator;

    record AxisRow(int row, int axis, String axisTitle, String axisDescription, Integer objective, String objectiveTitle,
            String objectiveDescription) {
    }

    record ActionRow(int row, String code, int axis, int objective, ActionInput input) {
    }

    public PlanDto importPlan(UUID contractId, byte[] bytes) {
        Contract contract = policy.writable(Contract.class, contractId);
        if (em.createQuery("select count(ax) from Axis ax where ax.contract = :c", Long.class).setParameter("c", contract)
                .getSingleResult() > 0) {
            throw ApiException.conflict("The contract already has a plan: a workbook is imported into a contract without axes.");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        Errors errors = new Errors();
        PlanWorkbookReader.Workbook wb;
        try {
            wb = PlanWorkbookReader.read(bytes, PlanWorkbook.SHEET_NAMES, MAX_ROWS);
        } catch (PlanWorkbookReader.TooLarge e) {
            throw invalid(List.of(new FieldError("file", "Ce classeur est trop volumineux une fois décompressé (" + e.getMessage()
                    + ") : rien n'a été importé.")));
        } catch (Exception | LinkageError e) {
            if (PlanWorkbookReader.isZipBomb(e)) {
                throw invalid(List.of(new FieldError("file", "Ce classeur se décompresse de façon anormale (plus de "
                        + (int) (1 / PlanWorkbookReader.MIN_INFLATE_RATIO) + " fois sa taille : bombe zip ?) : rien n'a été importé.")));
            }
            throw invalid(List.of(new FieldError("file", "Ce fichier n'est pas un classeur Excel (.xlsx) lisible.")));
        }
        Map<String, Reader> sheets = new LinkedHashMap<>();
        for (String name : PlanWorkbook.SHEET_NAMES) {
            Sheet sheet = wb.sheets().get(name);
            if (sheet == null) {
                errors.add(name, "Feuille manquante : " + name + " (feuilles attendues : " + String.join(", ", PlanWorkbook.SHEET_NAMES) + ").");
                continue;
            }
            Reader reader = new Reader(sheet, errors);
            if (reader.header()) {
                sheets.put(name, reader);
            }
        }
        for (String name : wb.sheetNames()) {
            if (!PlanWorkbook.SHEET_NAMES.contains(name) && !PlanWorkbook.EXPORT_ONLY_SHEET_NAMES.contains(name)) {
                errors.add(name, "Feuille inconnue : " + name + ".");
            }
        }
        if (!errors.list.isEmpty()) {
            throw invalid(errors.list);
        }
        return write(contract, sheets, errors);
    }

    private PlanDto write(Contract contract, Map<String, Reader> sheets, Errors errors) {
        // axes and objectives
        TreeMap<Integer, AxisRow> axes = new TreeMap<>();
        TreeMap<Integer, TreeMap<Integer, AxisRow>> objectives = new TreeMap<>();
        Reader ax = sheets.get(PlanWorkbook.AXES);
        for (Row r : ax.rows()) {
            Integer axis = ax.integer(r, "axis_number", 1, 99, true);
            String title = ax.text(r, "axis_title", 200, true);
            String description = ax.text(r, "axis_description", 4000, false);
            Integer objective = ax.integer(r, "objective_number", 1, 99, false);
            String oTitle = ax.text(r, "objective_title", 200, objective != null);
            String oDescription = ax.text(r, "objective_description", 4000, false);
            if (axis == null || title == null) {
                continue;
            }
            AxisRow row = new AxisRow(r.getRowNum() + 1, axis, title, description, objective, oTitle, oDescription);
            AxisRow first = axes.putIfAbsent(axis, row);
            if (first != null && !first.axisTitle().equals(title)) {
                ax.error(r, "axis_title", "Titre différent de celui de l'axe " + axis + " ligne " + first.row() + ".");
            }
            if (objective != null && objectives.computeIfAbsent(axis, k -> new TreeMap<>()).putIfAbsent(objective, row) != null) {
                ax.error(r, "objective_number", "Objectif " + axis + "." + objective + " en double.");
            }
        }

        // actions
        Reader ac = sheets.get(PlanWorkbook.ACTIONS);
        Map<String, ActionRow> actions = new LinkedHashMap<>();
        Map<String, List<ActionInput.PartnerInput>> partners = new HashMap<>();
        Map<String, List<ActionInput.FundingInput>> fundings = new HashMap<>();
        Map<String, List<ActionInput.StepInput>> steps = new HashMap<>();
        Set<UUID> partnerIds = new HashSet<>();
        Map<UUID, List<String>> partnerCells = new HashMap<>();
        List<Object[]> pending = new ArrayList<>();
        for (Row r : ac.rows()) {
            String code = ac.text(r, "code", 20, true);
            Integer axis = ac.integer(r, "axis_number", 1, 99, true);
            Integer objective = ac.integer(r, "objective_number", 1, 99, true);
            String title = ac.text(r, "title", 200, true);
            String rationale = ac.text(r, "rationale", 8000, false);
            String goals = ac.text(r, "goals", 8000, false);
            String description = ac.text(r, "description", 8000, false);
            String target = ac.text(r, "target_public", 2000, false);
            List<ActionTheme> themes = ac.enums(r, "themes", ActionTheme.class);
            String communes = ac.text(r, "commune_codes", 5000, false);
            LocalDate start = ac.date(r, "start_date");
            LocalDate end = ac.date(r, "end_date");
            ActionStatus status = ac.enumValue(r, "status", ActionStatus.class, true);
            Integer progress = ac.integer(r, "progress", 0, 100, true);
            Priority priority = ac.enumValue(r, "priority", Priority.class, false);
            UUID pilot = ac.uuid(r, "pilot_partner_id", false);
            if (pilot != null) {
                partnerIds.add(pilot);
                partnerCells.computeIfAbsent(pilot, k -> new ArrayList<>()).add(ac.ref(r, "pilot_partner_id"));
            }
            if (code == null || axis == null || objective == null) {
                continue;
            }
            if (objectives.getOrDefault(axis, new TreeMap<>()).get(objective) == null) {
                ac.error(r, "objective_number", "Objectif " + axis + "." + objective + " absent de la feuille " + PlanWorkbook.AXES + ".");
            }
            if (actions.containsKey(code)) {
                ac.error(r, "code", "Code d'action en double : " + code + ".");
                continue;
            }
            List<String> communeCodes = communes == null ? List.of()
                    : List.of(communes.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
            pending.add(new Object[] { r, code, axis, objective, title, rationale, goals, description, target, themes, communeCodes,
                    start, end, status, progress, priority, pilot });
            actions.put(code, null);
        }
        Reader pa = sheets.get(PlanWorkbook.PARTNERS);
        for (Row r : pa.rows()) {
            String code = pa.actionCode(r, actions.keySet());
            UUID partner = pa.uuid(r, "partner_id", true);
            PartnerRole role = pa.enumValue(r, "role", PartnerRole.class, true);
            if (partner != null) {
                partnerIds.add(partner);
                partnerCells.computeIfAbsent(partner, k -> new ArrayList<>()).add(pa.ref(r, "partner_id"));
            }
            if (code != null && partner != null && role != null) {
                partners.computeIfAbsent(code, k -> new ArrayList<>()).add(new ActionInput.PartnerInput(partner, role));
            }
        }
        Reader fu = sheets.get(PlanWorkbook.FUNDINGS);
        for (Row r : fu.rows()) {
            String code = fu.actionCode(r, actions.keySet());
            UUID funder = fu.uuid(r, "funder_id", true);
            Integer year = fu.integer(r, "year", 2000, 2100, true);
            BigDecimal amount = fu.amount(r, "amount");
            FundingKind kind = fu.enumValue(r, "kind", FundingKind.class, true);
            FundingStatus status = fu.enumValue(r, "status", FundingStatus.class, true);
            if (funder != null) {
                partnerIds.add(funder);
                partnerCells.computeIfAbsent(funder, k -> new ArrayList<>()).add(fu.ref(r, "funder_id"));
            }
            if (code != null && funder != null && year != null && amount != null && kind != null && status != null) {
                fundings.computeIfAbsent(code, k -> new ArrayList<>()).add(new ActionInput.FundingInput(funder, year, amount, kind, status));
            }
        }
        Reader st = sheets.get(PlanWorkbook.STEPS);
        for (Row r : st.rows()) {
            String code = st.actionCode(r, actions.keySet());
            String title = st.text(r, "title", 300, true);
            LocalDate due = st.date(r, "due_date");
            Boolean done = st.bool(r, "done");
            if (code != null && title != null) {
                steps.computeIfAbsent(code, k -> new ArrayList<>()).add(new ActionInput.StepInput(title, due, done));
            }
        }
        if (!partnerIds.isEmpty()) {
            Set<UUID> known = new HashSet<>(em.createQuery("select p.id from Partner p where p.id in :ids", UUID.class)
                    .setParameter("ids", partnerIds).getResultList());
            partnerCells.forEach((id, cells) -> {
                if (!known.contains(id)) {
                    cells.forEach(cell -> errors.add(cell, "Partenaire inconnu : " + id + "."));
                }
            });
        }

        // Bean validation of each action as the API would check it
        Map<String, Integer> perObjective = new HashMap<>();
        for (Object[] p : pending) {
            Row r = (Row) p[0];
            String code = (String) p[1];
            @SuppressWarnings("unchecked")
            ActionInput input = new ActionInput(UUID.randomUUID(), null, (String) p[4], (String) p[5], (String) p[6], (String) p[7],
                    (String) p[8], (List<ActionTheme>) p[9], (List<String>) p[10], List.of(), (LocalDate) p[11], (LocalDate) p[12],
                    (ActionStatus) p[13], (Integer) p[14], (Priority) p[15], null, null,
                    p[16] == null ? null : new ActionInput.PilotInput((UUID) p[16], null),
                    partners.getOrDefault(code, List.of()), fundings.getOrDefault(code, List.of()), steps.getOrDefault(code, List.of()));
            for (ConstraintViolation<ActionInput> v : validator.validate(input)) {
                errors.add(ac.ref(r, "code"), "Action " + code + " : " + v.getPropertyPath() + " " + v.getMessage());
            }
            int axis = (Integer) p[2];
            int objective = (Integer) p[3];
            int seq = perObjective.merge(axis + "." + objective, 1, Integer::sum);
            actions.put(code, new ActionRow(r.getRowNum() + 1, code, axis, objective, input));
            if (code.equals(axis + "." + objective + "." + seq)) {
                actions.put(code, new ActionRow(r.getRowNum() + 1, null, axis, objective, input));
            }
        }
        if (!errors.list.isEmpty()) {
            throw invalid(errors.list);
        }

        // all valid: write through the services, in this one transaction
        Map<String, UUID> objectiveIds = new HashMap<>();
        for (Map.Entry<Integer, AxisRow> a : axes.entrySet()) {
            UUID axisId = planService.createAxis(contract.id, new AxisInput(a.getValue().axisTitle(), a.getValue().axisDescription(), null)).id();
            for (Map.Entry<Integer, AxisRow> o : objectives.getOrDefault(a.getKey(), new TreeMap<>()).entrySet()) {
                objectiveIds.put(a.getKey() + "." + o.getKey(), planService.createObjective(axisId,
                        new AxisInput(o.getValue().objectiveTitle(), o.getValue().objectiveDescription(), null)).id());
            }
        }
        for (ActionRow row : actions.values()) {
            ActionInput in = row.input();
            ActionInput input = new ActionInput(objectiveIds.get(row.axis() + "." + row.objective()), row.code(), in.title(),
                    in.rationale(), in.goals(), in.description(), in.targetPublic(), in.themes(), in.communeCodes(),
                    in.priorityNeighbourhoods(), in.startDate(), in.endDate(), in.status(), in.progress(), in.priority(), null, null,
                    in.pilot(), in.partners(), in.fundings(), in.steps());
            try {
                actionService.create(input);
            } catch (ApiException e) {
                String detail = e.errors() == null || e.errors().isEmpty() ? e.getMessage()
                        : e.errors().stream().map(f -> f.field() + " " + f.message()).reduce((x, y) -> x + "; " + y).orElse("");
                errors.add(PlanWorkbook.ACTIONS + "!A" + row.row(), "Action " + (row.code() != null ? row.code() : "") + " : " + detail);
            }
        }
        if (!errors.list.isEmpty()) {
            throw invalid(errors.list);
        }
        em.flush();
        return planTree.plan(contract.id);
    }

    static ApiException invalid(List<FieldError> errors) {
        return new ApiException(400, "invalid-workbook", "Invalid workbook",
                errors.size() + " erreur(s) dans le classeur : rien n'a été importé.", errors);
    }

    static ApiException tooLarge() {
        return new ApiException(413, "workbook-too-large", "Workbook too large",
                "Le classeur dépasse " + (MAX_BYTES / 1024) + " Kio : rien n'a été importé.", null);
    }

    static final class Errors {
        final List<FieldError> list = new ArrayList<>();

        void add(String field, String message) {
            if (list.size() < 200) {
                list.add(new FieldError(field, message));
            }
        }
    }

    /** Typed, checked access to the cells of one sheet; every problem is recorded with its cell. */
    static final class Reader {
        final Sheet sheet;
        final Errors errors;
        final List<String> columns;

        Reader(Sheet sheet, Errors errors) {
            this.sheet = sheet;
            this.errors = errors;
            this.columns = PlanWorkbook.columns(sheet.getSheetName());
        }

        boolean header() {
            Row header = sheet.getRow(0);
            boolean ok = true;
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header == null ? null : header.getCell(i);
                String name = cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue().trim();
                if (!columns.get(i).equals(name)) {
                    errors.add(sheet.getSheetName() + "!" + new CellReference(0, i).formatAsString(false),
                            "En-tête attendu : " + columns.get(i) + ".");
                    ok = false;
                }
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                errors.add(sheet.getSheetName(), "Trop de lignes (plus de " + MAX_ROWS + ").");
                ok = false;
            }
            return ok;
        }

        /** Data rows that have at least one non-blank cell; formula cells anywhere are errors. */
        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                boolean blank = true;
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        errors.add(sheet.getSheetName() + "!" + cell.getAddress().formatAsString(),
                                "Formule interdite : saisir une valeur.");
                        blank = false;
                    } else if (cell.getCellType() != CellType.BLANK
                            && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                        blank = false;
                    }
                }
                if (!blank) {
                    rows.add(row);
                }
            }
            return rows;
        }

        String ref(Row row, String column) {
            return sheet.getSheetName() + "!" + new CellReference(row.getRowNum(), columns.indexOf(column)).formatAsString(false);
        }

        void error(Row row, String column, String message) {
            errors.add(ref(row, column), column + " : " + message);
        }

        private Cell cell(Row row, String column) {
            Cell cell = row.getCell(columns.indexOf(column));
            if (cell == null || cell.getCellType() == CellType.BLANK || cell.getCellType() == CellType.FORMULA
                    || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank()) {
                return null;
            }
            return cell;
        }

        private boolean missing(Row row, String column, boolean required) {
            if (cell(row, column) == null) {
                Cell raw = row.getCell(columns.indexOf(column));
                if (required && (raw == null || raw.getCellType() != CellType.FORMULA)) {
                    error(row, column, "valeur obligatoire.");
                }
                return true;
            }
            return false;
        }

        String text(Row row, String column, int max, boolean required) {
            if (missing(row, column, required)) {
                return null;
            }
            Cell cell = cell(row, column);
            String value = switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue().trim();
                case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
                default -> null;
            };
            if (value == null) {
                error(row, column, "texte attendu.");
                return null;
            }
            value = PlanWorkbook.restore(value);
            if (value.length() > max) {
                error(row, column, "au plus " + max + " caractères.");
                return null;
            }
            return value;
        }

        Integer integer(Row row, String column, int min, int max, boolean required) {
            if (missing(row, column, required)) {
                return null;
            }
            Cell cell = cell(row, column);
            Double value = null;
            if (cell.getCellType() == CellType.NUMERIC) {
                value = cell.getNumericCellValue();
            } else if (cell.getCellType() == CellType.STRING) {
                try {
                    value = Double.parseDouble(cell.getStringCellValue().trim());
                } catch (NumberFormatException e) {
                    value = null;
                }
            }
            if (value == null || value != Math.rint(value) || value < min || value > max) {
                error(row, column, "nombre entier de " + min + " à " + max + " attendu.");
                return null;
            }
            return value.intValue();
        }

        BigDecimal amount(Row row, String column) {
            if (missing(row, column, true)) {
                return null;
            }
            Cell cell = cell(row, column);
            try {
                BigDecimal value = cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue())
                        : new BigDecimal(cell.getStringCellValue().trim().replace(',', '.'));
                if (value.signum() < 0 || value.compareTo(new BigDecimal("999999999999")) > 0) {
                    throw new NumberFormatException();
                }
                return value.setScale(2, RoundingMode.HALF_UP);
            } catch (NumberFormatException | IllegalStateException e) {
                error(row, column, "montant positif en euros attendu.");
                return null;
            }
        }

        LocalDate date(Row row, String column) {
            if (missing(row, column, false)) {
                return null;
            }
            Cell cell = cell(row, column);
            if (cell.getCellType() == CellType.NUMERIC && cell.isDateFormatted()) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                if (date.getYear() >= 1990 && date.getYear() <= 2100) {
                    return date;
                }
            } else if (cell.getCellType() == CellType.STRING) {
                try {
                    LocalDate date = LocalDate.parse(cell.getStringCellValue().trim());
                    if (date.getYear() >= 1990 && date.getYear() <= 2100) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            error(row, column, "date attendue (AAAA-MM-JJ).");
            return null;
        }

        Boolean bool(Row row, String column) {
            if (missing(row, column, false)) {
                return null;
            }
            Cell cell = cell(row, column);
            if (cell.getCellType() == CellType.BOOLEAN) {
                return cell.getBooleanCellValue();
            }
            if (cell.getCellType() == CellType.STRING) {
                String v = cell.getStringCellValue().trim().toLowerCase(Locale.ROOT);
                if (List.of("true", "vrai", "oui", "1").contains(v)) {
                    return true;
                }
                if (List.of("false", "faux", "non", "0").contains(v)) {
                    return false;
                }
            }
            error(row, column, "VRAI ou FAUX attendu.");
            return null;
        }

        UUID uuid(Row row, String column, boolean required) {
            String text = text(row, column, 36, required);
            if (text == null) {
                return null;
            }
            try {
                return UUID.fromString(text);
            } catch (IllegalArgumentException e) {
                error(row, column, "identifiant (UUID) attendu.");
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(Row row, String column, Class<E> type, boolean required) {
            String text = text(row, column, 40, required);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(row, column, "valeur parmi " + List.of(type.getEnumConstants()) + " attendue.");
                return null;
            }
        }

        <E extends Enum<E>> List<E> enums(Row row, String column, Class<E> type) {
            String text = text(row, column, 1000, false);
            List<E> values = new ArrayList<>();
            if (text == null) {
                return values;
            }
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    values.add(Enum.valueOf(type, part.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    error(row, column, "valeur inconnue " + part.trim() + ".");
                }
            }
            return values;
        }

        String actionCode(Row row, Set<String> codes) {
            String code = text(row, "action_code", 20, true);
            if (code != null && !codes.contains(code)) {
                error(row, "action_code", "action " + code + " absente de la feuille " + PlanWorkbook.ACTIONS + ".");
                return null;
            }
            return code;
        }
    }
}

package org.cls.reporting;

import org.cls.common.SpreadsheetText;

import java.util.List;

/**
 * The plan workbook template (version 1). Row 1 of each sheet holds the column names below, in this order; data
 * starts on row 2. Dates are date cells or ISO text (2025-03-01); lists are comma-separated; enums use the API's
 * values. Actions are tied to the other sheets by their {@code code}. Sheets {@code indicators} and
 * {@code measurements} (the indicators of actions, by {@code action_code}, and of objectives, by {@code objective_code},
 * with their values) are exported only: an import ignores them.
 */
public final class PlanWorkbook {

    private PlanWorkbook() {
    }

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String AXES = "axes_objectives";
    public static final String ACTIONS = "actions";
    public static final String PARTNERS = "partners";
    public static final String FUNDINGS = "fundings";
    public static final String STEPS = "steps";
    public static final String INDICATORS = "indicators";
    public static final String MEASUREMENTS = "measurements";

    public static final List<String> AXES_COLUMNS = List.of("axis_number", "axis_title", "axis_description", "objective_number",
            "objective_title", "objective_description");
    public static final List<String> ACTIONS_COLUMNS = List.of("code", "axis_number", "objective_number", "title", "rationale",
            "goals", "description", "target_public", "themes", "commune_codes", "start_date", "end_date", "status", "progress",
            "priority", "pilot_partner_id", "pilot_partner_name");
    public static final List<String> PARTNERS_COLUMNS = List.of("action_code", "partner_id", "partner_name", "role");
    public static final List<String> FUNDINGS_COLUMNS = List.of("action_code", "funder_id", "funder_name", "year", "amount", "kind",
            "status");
    public static final List<String> STEPS_COLUMNS = List.of("action_code", "title", "due_date", "done");

    public static final List<String> INDICATORS_COLUMNS = List.of("action_code", "indicator_id", "name", "kind", "unit",
            "direction", "baseline_value", "baseline_date", "target_value", "target_date", "frequency", "source", "latest_value",
            "latest_date", "track_status", "objective_code");
    public static final List<String> MEASUREMENTS_COLUMNS = List.of("action_code", "indicator_id", "indicator_name", "date", "value",
            "objective_code");

    /** Every sheet an import reads, in workbook order, with its columns. */
    public static final List<String> SHEET_NAMES = List.of(AXES, ACTIONS, PARTNERS, FUNDINGS, STEPS);

    /** Sheets written by the export for reading only: an import accepts and ignores them. */
    public static final List<String> EXPORT_ONLY_SHEET_NAMES = List.of(INDICATORS, MEASUREMENTS);

    public static List<String> columns(String sheet) {
        return switch (sheet) {
            case AXES -> AXES_COLUMNS;
            case ACTIONS -> ACTIONS_COLUMNS;
            case PARTNERS -> PARTNERS_COLUMNS;
            case FUNDINGS -> FUNDINGS_COLUMNS;
            case STEPS -> STEPS_COLUMNS;
            case INDICATORS -> INDICATORS_COLUMNS;
            case MEASUREMENTS -> MEASUREMENTS_COLUMNS;
            default -> throw new IllegalArgumentException(sheet);
        };
    }

    /** See {@link SpreadsheetText#neutralise}. */
    public static String neutralise(String text) {
        return SpreadsheetText.neutralise(text);
    }

    /** See {@link SpreadsheetText#restore}. */
    public static String restore(String text) {
        return SpreadsheetText.restore(text);
    }
}

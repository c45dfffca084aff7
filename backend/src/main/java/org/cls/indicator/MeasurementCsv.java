package org.cls.indicator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cls.common.SpreadsheetText;

/** The values of indicators as CSV (RFC 4180, comma-separated, UTF-8, one header line). */
public final class MeasurementCsv {

    public static final String MEDIA_TYPE = "text/csv";

    static final String[] HEADER = { "contract", "objective", "action_code", "action_title", "indicator", "kind", "unit", "direction",
            "baseline_value", "baseline_date", "target_value", "target_date", "date", "value", "comment", "author", "recorded_at" };

    private MeasurementCsv() {
    }

    public static String write(List<IndicatorService.ExportRow> rows) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (IndicatorService.ExportRow row : rows) {
                Indicator i = row.indicator();
                Measurement m = row.measurement();
                // every text cell goes through the formula guard (the action code is set by hand); numbers, dates and
                // enumerations are written as they are
                printer.printRecord(text(row.contract()), text(row.objective()), text(row.action()), text(row.actionTitle()),
                        text(i.name), i.kind, text(i.unit), i.direction, plain(i.baselineValue), i.baselineDate, plain(i.targetValue),
                        i.targetDate, m.date, plain(m.value), text(m.comment), text(m.authorName),
                        m.recordedAt.atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return SpreadsheetText.neutralise(value);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : IndicatorPoint.plain(value).toPlainString();
    }
}

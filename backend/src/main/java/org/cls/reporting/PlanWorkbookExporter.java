package org.cls.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cls.contract.Contract;
import org.cls.security.Policy;
import org.cls.reporting.ArsPullDto.ArsAction;
import org.cls.reporting.ArsPullDto.ArsIndicator;
import org.cls.reporting.ArsPullDto.ArsMeasurement;
import org.cls.reporting.ArsPullDto.ArsActionPartner;
import org.cls.reporting.ArsPullDto.ArsAxis;
import org.cls.reporting.ArsPullDto.ArsContract;
import org.cls.reporting.ArsPullDto.ArsFunding;
import org.cls.reporting.ArsPullDto.ArsObjective;
import org.cls.reporting.ArsPullDto.ArsPartner;
import org.cls.reporting.ArsPullDto.ArsStep;

/** Writes a contract's plan as the {@link PlanWorkbook} template. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanWorkbookExporter {

    @Inject
    Policy policy;

    @Inject
    PlanLoader plans;

    public byte[] export(UUID contractId) {
        policy.readable(Contract.class, contractId);
        return write(plans.load(List.of(contractId)).get(0));
    }

    public static byte[] write(ArsContract contract) {
        Map<UUID, String> partnerNames = contract.partners().stream().collect(Collectors.toMap(ArsPartner::id, ArsPartner::name));
        Function<UUID, String> name = id -> id == null ? null : partnerNames.get(id);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheets s = new Sheets(wb, date);
            Sheet axes = s.sheet(PlanWorkbook.AXES);
            Sheet actions = s.sheet(PlanWorkbook.ACTIONS);
            Sheet partners = s.sheet(PlanWorkbook.PARTNERS);
            Sheet fundings = s.sheet(PlanWorkbook.FUNDINGS);
            Sheet steps = s.sheet(PlanWorkbook.STEPS);
            Sheet indicators = s.sheet(PlanWorkbook.INDICATORS);
            Sheet measurements = s.sheet(PlanWorkbook.MEASUREMENTS);
            for (ArsAxis ax : contract.axes()) {
                if (ax.objectives().isEmpty()) {
                    s.row(axes, ax.number(), ax.title(), ax.description(), null, null, null);
                }
                for (ArsObjective o : ax.objectives()) {
                    s.row(axes, ax.number(), ax.title(), ax.description(), o.number(), o.title(), o.description());
                    for (ArsAction a : o.actions()) {
                        s.row(actions, a.code(), ax.number(), o.number(), a.title(), a.rationale(), a.goals(), a.description(),
                                a.targetPublic(), a.themes().stream().map(Enum::name).collect(Collectors.joining(",")),
                                String.join(",", a.communeCodes()), a.startDate(), a.endDate(), a.status().name(), a.progress(),
                                a.priority() == null ? null : a.priority().name(), str(a.pilotPartnerId()), name.apply(a.pilotPartnerId()));
                        for (ArsActionPartner p : a.partners()) {
                            s.row(partners, a.code(), p.partnerId().toString(), name.apply(p.partnerId()), p.role().name());
                        }
                        for (ArsFunding f : a.fundings()) {
                            s.row(fundings, a.code(), f.funderId().toString(), name.apply(f.funderId()), f.year(), f.amount(),
                                    f.kind().name(), f.status().name());
                        }
                        for (ArsStep st : a.steps()) {
                            s.row(steps, a.code(), st.title(), st.dueDate(), st.done());
                        }
                        for (ArsIndicator i : a.indicators() == null ? List.<ArsIndicator>of() : a.indicators()) {
                            indicator(s, indicators, measurements, a.code(), null, i);
                        }
                    }
                    for (ArsIndicator i : o.indicators() == null ? List.<ArsIndicator>of() : o.indicators()) {
                        indicator(s, indicators, measurements, null, o.code(), i);
                    }
                }
            }
            for (Sheet sheet : List.of(axes, actions, partners, fundings, steps, indicators, measurements)) {
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    sheet.setColumnWidth(c, 20 * 256);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An indicator of an action (its code) or of an objective (its code), and its values. */
    private static void indicator(Sheets s, Sheet indicators, Sheet measurements, String actionCode, String objectiveCode,
            ArsIndicator i) {
        s.row(indicators, actionCode, i.id().toString(), i.name(), i.kind().name(), i.unit(), i.direction().name(),
                i.baseline() == null ? null : i.baseline().value(), i.baseline() == null ? null : i.baseline().date(),
                i.target().value(), i.target().date(), i.frequency().name(), i.source(), i.latestValue(), i.latestDate(),
                i.trackStatus().name(), objectiveCode);
        for (ArsMeasurement m : i.measurements()) {
            s.row(measurements, actionCode, i.id().toString(), i.name(), m.date(), m.value(), objectiveCode);
        }
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    /** Sheets with a header row, and rows of typed cells; text is neutralised against formula injection. */
    static final class Sheets {
        final Workbook wb;
        final CellStyle date;

        Sheets(Workbook wb, CellStyle date) {
            this.wb = wb;
            this.date = date;
        }

        Sheet sheet(String name) {
            Sheet sheet = wb.createSheet(name);
            row(sheet, PlanWorkbook.columns(name).toArray());
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        void row(Sheet sheet, Object... values) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (v instanceof Integer n) {
                    cell.setCellValue(n);
                } else if (v instanceof BigDecimal n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(PlanWorkbook.neutralise(v.toString()));
                }
            }
        }
    }
}

package org.cls.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/** A report as PDF (Qute HTML rendered by openhtmltopdf) and as an Excel workbook (POI), both from its snapshot. */
@ApplicationScoped
public class ReportRenderer {

    /** Timed, hence counted: the PDF of a submitted report is rendered once (ReportRenditions), a draft's at each download. */
    static final String PDF_TIMER = "cls.report.pdf.render";

    @Inject
    @Location("report.html")
    Template template;

    @Inject
    MeterRegistry registry;

    public String html(ReportDto report) {
        return template.data("report", report).data("s", report.snapshot()).render();
    }

    public byte[] pdf(ReportDto report) {
        return registry.timer(PDF_TIMER).record(() -> renderPdf(report));
    }

    private byte[] renderPdf(ReportDto report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(report), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] xlsx(ReportDto report) {
        ReportSnapshot s = report.snapshot();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            PlanWorkbookExporter.Sheets sheets = new PlanWorkbookExporter.Sheets(wb, date);
            Sheet summary = wb.createSheet("report");
            sheets.row(summary, "contract", s.contract().name());
            sheets.row(summary, "period", report.period());
            sheets.row(summary, "period_start", report.periodStart());
            sheets.row(summary, "period_end", report.periodEnd());
            sheets.row(summary, "status", report.status().name());
            sheets.row(summary, "snapshot_at", s.takenAt().toString());
            sheets.row(summary, "action_count", s.dashboard().actionCount());
            sheets.row(summary, "progress", s.dashboard().progress());
            sheets.row(summary, "late_actions", s.dashboard().lateActions().size());
            sheets.row(summary, "highlights", report.highlights());
            sheets.row(summary, "difficulties", report.difficulties());
            sheets.row(summary, "levers", report.levers());
            sheets.row(summary, "adjustments", report.adjustments());
            sheets.row(summary, "review_comment", report.reviewComment());
            summary.setColumnWidth(1, 80 * 256);
            Sheet actions = wb.createSheet("actions");
            sheets.row(actions, "code", "axis_number", "title", "status", "progress", "late", "end_date");
            for (ArsPullDto.ArsAxis ax : s.contract().axes()) {
                for (ArsPullDto.ArsObjective o : ax.objectives()) {
                    for (ArsPullDto.ArsAction a : o.actions()) {
                        sheets.row(actions, a.code(), ax.number(), a.title(), a.status().name(), a.progress(), a.late(),
                                (LocalDate) a.endDate());
                    }
                }
            }
            Sheet budget = wb.createSheet("budget");
            sheets.row(budget, "funder", "year", "planned", "granted", "paid");
            for (DashboardDto.BudgetLine b : s.dashboard().budget()) {
                sheets.row(budget, b.funderName(), b.year(), b.planned(), b.granted(), b.paid());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cls.reporting;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Run by {@code scripts/workbook-memory.sh}, not a test: reads a workbook as the import does ({@code streaming}) or as a
 * DOM ({@code dom}, what the import did before, with the same 16 MiB entry limit) and prints the outcome and the heap
 * peak (sum of the heap pools' peaks: an upper bound).
 */
public final class WorkbookMemoryProbe {

    private WorkbookMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        String mode = args[1];
        long start = System.nanoTime();
        String outcome;
        try {
            if (mode.equals("dom")) {
                ZipSecureFile.setMaxEntrySize(PlanWorkbookImporter.MAX_ENTRY_BYTES);
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    outcome = "read " + wb.getNumberOfSheets() + " sheets";
                }
            } else {
                PlanWorkbookReader.Workbook wb = PlanWorkbookReader.read(bytes, PlanWorkbook.SHEET_NAMES, PlanWorkbookImporter.MAX_ROWS);
                outcome = "read " + wb.sheets().size() + " sheets";
            }
        } catch (PlanWorkbookReader.TooLarge e) {
            outcome = "refused (" + e.getMessage() + ")";
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        } catch (Exception e) {
            outcome = "failed: " + e;
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%-9s %d bytes: %s in %d ms; heap peak %d MB, max heap %d MB%n", mode, bytes.length, outcome,
                (System.nanoTime() - start) / 1_000_000, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}

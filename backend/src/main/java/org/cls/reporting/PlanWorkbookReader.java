package org.cls.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an uploaded workbook an import needs, streaming (SAX over each part of the zip, never a DOM of the
 * workbook), into a small model of the cells it found. What the model holds is bounded: cells, characters of text,
 * styles; the zip itself is bounded by POI's guards (inflate ratio, entry size, entry count) and each metadata part
 * (content types, relations, workbook, styles) by {@link #MAX_METADATA_BYTES}. A workbook beyond any bound is a
 * {@link TooLarge}; one POI cannot read is an {@link IOException}.
 */
final class PlanWorkbookReader {

    /** What one part of the workbook (a sheet's XML) may expand to: a full 5,000-row sheet stays well under it. */
    static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
    /** What the parts read as a whole (DOM) by POI, or fully by us, may expand to. */
    static final long MAX_METADATA_BYTES = 1024L * 1024;
    static final int MAX_ENTRIES = 1000;
    /** Characters of text held at once (shared strings and cell values): 16 MB of heap at most. */
    static final long MAX_TEXT_CHARS = 8_000_000;
    /** Cells and shared strings held at once: five full sheets stay under it. */
    static final int MAX_CELLS = 500_000;
    static final int MAX_STYLES = 65_000;
    /** POI's default: a part inflating over 100 times its compressed size is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
    }

    /** The workbook expands beyond what an import holds; {@link #getMessage()} says which bound. */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /** The sheets of a workbook in order, and the cells of those asked for. */
    record Workbook(List<String> sheetNames, Map<String, Sheet> sheets) {
    }

    private PlanWorkbookReader() {
    }

    /**
     * @param wanted sheet names to read, matched ignoring case (the first sheet matching wins); the others are only named
     * @param maxRows a sheet is read up to the first row past this index, then stops: its last row number tells
     */
    static Workbook read(byte[] bytes, List<String> wanted, int maxRows) throws IOException, TooLarge {
        checkEntries(bytes);
        Path file = Files.createTempFile("cls-plan-import", ".xlsx");
        try {
            Files.write(file, bytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return read(pkg, wanted, maxRows);
            } catch (TooLarge | IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A first pass over the zip, streaming: counts the bytes each entry really inflates to (sizes announced in the zip
     * can lie) so that no part POI reads whole can be large.
     */
    private static void checkEntries(byte[] bytes) throws IOException, TooLarge {
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new TooLarge("plus de " + MAX_ENTRIES + " parties");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                boolean metadata = name.endsWith(".rels") || name.equals("[content_types].xml") || name.equals("xl/workbook.xml")
                        || name.equals("xl/styles.xml");
                long limit = metadata ? MAX_METADATA_BYTES : MAX_ENTRY_BYTES;
                long size = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    size += n;
                    if (size > limit) {
                        throw new TooLarge("la partie " + entry.getName() + " dépasse " + limit / (1024 * 1024) + " Mio une fois décompressée");
                    }
                }
            }
        }
        if (entries == 0) {
            throw new IOException("not a zip");
        }
    }

    /** Whether POI refused a part for its inflate ratio. */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static Workbook read(OPCPackage pkg, List<String> wanted, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        Budget budget = new Budget();
        SharedStrings strings = new SharedStrings(budget);
        List<PackagePart> sst = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (!sst.isEmpty()) {
            try (InputStream in = sst.get(0).getInputStream()) {
                parse(in, strings);
            }
        }
        Styles styles = new Styles();
        if (hasStyles(pkg)) {
            try (InputStream in = reader.getStylesData()) {
                parse(in, styles);
            }
        }
        WorkbookProperties properties = new WorkbookProperties();
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, properties);
        }
        List<String> names = new ArrayList<>();
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                names.add(name);
                String key = wanted.stream().filter(w -> w.equalsIgnoreCase(name)).findFirst().orElse(null);
                if (key != null && !sheets.containsKey(key)) {
                    Sheet sheet = new Sheet(name, strings, styles, properties.date1904);
                    parse(in, new SheetHandler(sheet, budget, maxRows));
                    sheets.put(key, sheet);
                }
            }
        }
        return new Workbook(names, sheets);
    }

    private static boolean hasStyles(OPCPackage pkg) {
        return !pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).isEmpty();
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, TooLarge {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e instanceof Stop) {
                return; // read what was needed
            }
            if (e.getException() instanceof TooLarge tooLarge) {
                throw tooLarge;
            }
            throw new IOException(e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** Ends a parse early, on purpose: what follows is not needed (past the rows an import reads, past workbookPr). */
    private static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** What is held so far, refused past the bounds. */
    private static final class Budget {
        long chars;
        int cells;

        void add(int cellCount, int charCount) throws SAXException {
            cells += cellCount;
            chars += charCount;
            if (cells > MAX_CELLS) {
                throw new SAXException(new TooLarge("plus de " + MAX_CELLS + " cellules"));
            }
            if (chars > MAX_TEXT_CHARS) {
                throw new SAXException(new TooLarge("plus de " + MAX_TEXT_CHARS + " caractères de texte"));
            }
        }
    }

    // --- the model: the few accessors of POI's usermodel the importer uses

    static final class Sheet {
        private final String name;
        private final SharedStrings strings;
        private final Styles styles;
        private final boolean date1904;
        private final TreeMap<Integer, Row> rows = new TreeMap<>();

        Sheet(String name, SharedStrings strings, Styles styles, boolean date1904) {
            this.name = name;
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        String getSheetName() {
            return name;
        }

        Row getRow(int index) {
            return rows.get(index);
        }

        /** The last row present, -1 when none, as POI counts. */
        int getLastRowNum() {
            return rows.isEmpty() ? -1 : rows.lastKey();
        }
    }

    static final class Row implements Iterable<Cell> {
        private final int rowNum;
        private final TreeMap<Integer, Cell> cells = new TreeMap<>();

        Row(int rowNum) {
            this.rowNum = rowNum;
        }

        int getRowNum() {
            return rowNum;
        }

        Cell getCell(int column) {
            return cells.get(column);
        }

        @Override
        public Iterator<Cell> iterator() {
            return cells.values().iterator();
        }
    }

    static final class Cell {
        private final Sheet sheet;
        private final int row;
        private final int column;
        private final CellType type;
        private final String value;
        private final int style;

        Cell(Sheet sheet, int row, int column, CellType type, String value, int style) {
            this.sheet = sheet;
            this.row = row;
            this.column = column;
            this.type = type;
            this.value = value;
            this.style = style;
        }

        CellType getCellType() {
            return type;
        }

        CellAddress getAddress() {
            return new CellAddress(row, column);
        }

        String getStringCellValue() {
            if (type != CellType.STRING) {
                throw new IllegalStateException("Cannot get a STRING value from a " + type + " cell");
            }
            return value;
        }

        double getNumericCellValue() {
            if (type != CellType.NUMERIC) {
                throw new IllegalStateException("Cannot get a NUMERIC value from a " + type + " cell");
            }
            return Double.parseDouble(value);
        }

        boolean getBooleanCellValue() {
            if (type != CellType.BOOLEAN) {
                throw new IllegalStateException("Cannot get a BOOLEAN value from a " + type + " cell");
            }
            return "1".equals(value);
        }

        /** As {@link DateUtil#isCellDateFormatted(org.apache.poi.ss.usermodel.Cell)}. */
        boolean isDateFormatted() {
            if (type != CellType.NUMERIC || !DateUtil.isValidExcelDate(getNumericCellValue())) {
                return false;
            }
            int format = sheet.styles.format(style);
            String pattern = sheet.styles.pattern(format);
            return pattern != null && DateUtil.isADateFormat(format, pattern);
        }

        LocalDateTime getLocalDateTimeCellValue() {
            return DateUtil.getLocalDateTime(getNumericCellValue(), sheet.date1904);
        }
    }

    // --- SAX handlers

    /** xl/sharedStrings.xml: the text of each item, its phonetic runs left out (as POI's usermodel reads it). */
    static final class SharedStrings extends DefaultHandler {
        private final Budget budget;
        private final List<String> items = new ArrayList<>();
        private StringBuilder item;
        private boolean inText;
        private boolean inPhonetic;

        SharedStrings(Budget budget) {
            this.budget = budget;
        }

        String get(int index) {
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> item = new StringBuilder();
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = item != null && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "si" -> {
                    String text = XSSFRichTextStrings.decode(item.toString());
                    budget.add(1, text.length());
                    items.add(text);
                    item = null;
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText) {
                item.append(ch, start, length);
                if (item.length() > MAX_TEXT_CHARS) {
                    throw new SAXException(new TooLarge("plus de " + MAX_TEXT_CHARS + " caractères de texte"));
                }
            }
        }
    }

    /** xl/styles.xml: the number format of each cell style, for dates. */
    static final class Styles extends DefaultHandler {
        private final Map<Integer, String> patterns = new LinkedHashMap<>();
        private final List<Integer> formats = new ArrayList<>();
        private boolean inCellXfs;

        int format(int style) {
            return style >= 0 && style < formats.size() ? formats.get(style) : formats.isEmpty() ? 0 : formats.get(0);
        }

        String pattern(int format) {
            String custom = patterns.get(format);
            return custom != null ? custom : BuiltinFormats.getBuiltinFormat(format);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "numFmt" -> {
                    if (patterns.size() < MAX_STYLES) {
                        patterns.put(integer(attributes.getValue("numFmtId"), 0), attributes.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs && formats.size() < MAX_STYLES) {
                        formats.add(integer(attributes.getValue("numFmtId"), 0));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) {
                inCellXfs = false;
            }
        }
    }

    /** xl/workbook.xml: whether dates count from 1904. */
    static final class WorkbookProperties extends DefaultHandler {
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                throw new Stop();
            }
            if (localName.equals("sheets")) {
                throw new Stop();
            }
        }
    }

    /** A worksheet: rows and cells as POI's usermodel types them (a cell with a formula is a formula). */
    static final class SheetHandler extends DefaultHandler {
        private final Sheet sheet;
        private final Budget budget;
        private final int maxRows;
        private Row row;
        private int nextRow;
        private int nextColumn;
        // the cell being read
        private int column;
        private String t;
        private int style;
        private boolean formula;
        private StringBuilder value;
        private StringBuilder inline;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(Sheet sheet, Budget budget, int maxRows) {
            this.sheet = sheet;
            this.budget = budget;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    int index = r == null ? nextRow : integer(r, nextRow + 1) - 1;
                    nextRow = index + 1;
                    nextColumn = 0;
                    row = new Row(index);
                    sheet.rows.put(index, row);
                    if (index > maxRows) {
                        throw new Stop();
                    }
                    budget.add(1, 0);
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : new CellReference(r).getCol();
                    nextColumn = column + 1;
                    t = attributes.getValue("t");
                    style = integer(attributes.getValue("s"), 0);
                    formula = false;
                    value = null;
                    inline = null;
                }
                case "f" -> formula = true;
                case "v" -> {
                    value = new StringBuilder();
                    inValue = true;
                }
                case "is" -> inline = new StringBuilder();
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = inline != null && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (row != null) {
                        Cell cell = cell();
                        budget.add(1, cell.value == null || t != null && t.equals("s") ? 0 : cell.value.length());
                        row.cells.put(column, cell);
                    }
                }
                case "row" -> row = null;
                default -> {
                }
            }
        }

        private Cell cell() {
            int r = row.getRowNum();
            String v = value == null ? null : value.toString();
            if (formula) {
                return new Cell(sheet, r, column, CellType.FORMULA, null, style);
            }
            String type = t == null ? "n" : t;
            return switch (type) {
                case "s" -> new Cell(sheet, r, column, CellType.STRING, v == null ? "" : orEmpty(sheet.strings.get(integer(v, -1))), style);
                case "inlineStr" -> new Cell(sheet, r, column, CellType.STRING,
                        XSSFRichTextStrings.decode(inline != null ? inline.toString() : v == null ? "" : v), style);
                case "str" -> new Cell(sheet, r, column, CellType.STRING, XSSFRichTextStrings.decode(v == null ? "" : v), style);
                case "b" -> new Cell(sheet, r, column, CellType.BOOLEAN, v, style);
                case "e" -> new Cell(sheet, r, column, CellType.ERROR, v, style);
                default -> {
                    if (v == null || v.isEmpty()) {
                        yield new Cell(sheet, r, column, CellType.BLANK, null, style);
                    }
                    try {
                        Double.parseDouble(v);
                        yield new Cell(sheet, r, column, CellType.NUMERIC, v, style);
                    } catch (NumberFormatException e) {
                        yield new Cell(sheet, r, column, CellType.ERROR, v, style);
                    }
                }
            };
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            StringBuilder target = inValue ? value : inInlineText ? inline : null;
            if (target != null) {
                target.append(ch, start, length);
                if (target.length() > MAX_TEXT_CHARS) {
                    throw new SAXException(new TooLarge("plus de " + MAX_TEXT_CHARS + " caractères de texte"));
                }
            }
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static int integer(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The {@code _xHHHH_} escapes of OOXML text, decoded as POI's usermodel does. */
    private static final class XSSFRichTextStrings {
        static String decode(String text) {
            return text.indexOf("_x") < 0 ? text : new XSSFRichTextString(text).getString();
        }
    }
}

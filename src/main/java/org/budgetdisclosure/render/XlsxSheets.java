package org.budgetdisclosure.render;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.budgetdisclosure.render.Grid.ColumnSpec;
import org.budgetdisclosure.render.Grid.Kind;

/**
 * The one adapter from our layout to POI's spreadsheet model: sheets with safe names, title lines,
 * grids with merged cells, column widths and row heights, print settings. Row heights are estimated
 * from the text, because Excel does not grow a row for wrapped text it opens, nor ever for a merged cell.
 */
final class XlsxSheets {

    /** Excel's limit on a sheet name. */
    static final int MAX_SHEET_NAME = 31;
    private static final float LINE_POINTS = 14f;
    private static final float TITLE_POINTS = 24f;
    /** A column's width is its character count plus this padding, in Excel's 1/256 character units. */
    private static final int PADDING = 512;

    private final Workbook wb;
    private final XlsxStyles styles;

    XlsxSheets(Workbook wb) {
        this.wb = wb;
        this.styles = new XlsxStyles(wb);
    }

    /**
     * A new sheet. Its name is made safe (no {@code []:*?/\}, at most 31 characters) and unique; names are
     * compared ignoring case, as Excel does.
     */
    Sheet sheet(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(OfficeText.clean(wanted));
        String name = base;
        for (int n = 2; wb.getSheetIndex(name) >= 0; n++) {
            String suffix = "(" + n + ")";
            name = (base.length() + suffix.length() > MAX_SHEET_NAME
                    ? base.substring(0, MAX_SHEET_NAME - suffix.length()) : base) + suffix;
        }
        return wb.createSheet(name);
    }

    void widths(Sheet s, List<ColumnSpec> columns) {
        for (int i = 0; i < columns.size(); i++) {
            s.setColumnWidth(i, columns.get(i).width() * 256 + PADDING);
        }
    }

    /** A title line centred over {@code columns} columns. Returns the next free row. */
    int title(Sheet s, int row, String text, int columns) {
        Row r = s.createRow(row);
        r.setHeightInPoints(TITLE_POINTS);
        Cell c = r.createCell(0);
        c.setCellValue(OfficeText.cellText(text));
        c.setCellStyle(styles.title());
        merge(s, row, row, 0, columns - 1);
        return row + 1;
    }

    /** A line centred under the title (the year of a target table). */
    int subtitle(Sheet s, int row, String text, int columns) {
        Row r = s.createRow(row);
        Cell c = r.createCell(0);
        c.setCellValue(OfficeText.cellText(text));
        c.setCellStyle(styles.text(HorizontalAlignment.CENTER, false));
        merge(s, row, row, 0, columns - 1);
        return row + 1;
    }

    /** 编制部门 on the left, 单位 in the last column, right-aligned. */
    int meta(Sheet s, int row, String left, String right, int columns) {
        Row r = s.createRow(row);
        Cell l = r.createCell(0);
        l.setCellValue(OfficeText.cellText(left));
        l.setCellStyle(styles.text(HorizontalAlignment.LEFT, false));
        if (columns > 1) {
            merge(s, row, row, 0, columns - 2);
            Cell u = r.createCell(columns - 1);
            u.setCellValue(OfficeText.cellText(right));
            u.setCellStyle(styles.text(HorizontalAlignment.RIGHT, false));
        }
        return row + 1;
    }

    /** A paragraph of text across {@code columns} columns, wrapped. */
    int paragraph(Sheet s, int row, String text, int columns, boolean bold) {
        Row r = s.createRow(row);
        Cell c = r.createCell(0);
        String clean = OfficeText.cellText(text);
        c.setCellValue(clean == null ? "" : clean);
        c.setCellStyle(styles.text(HorizontalAlignment.LEFT, bold));
        merge(s, row, row, 0, columns - 1);
        int width = 0;
        for (int i = 0; i < columns; i++) {
            width += s.getColumnWidth(i) / 256;
        }
        r.setHeightInPoints(lines(clean, width) * LINE_POINTS);
        return row + 1;
    }

    /** Plain cells in one row, left to right, each text in its own column. */
    int cells(Sheet s, int row, Kind kind, boolean bold, String... texts) {
        Row r = s.createRow(row);
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            Cell c = r.createCell(i);
            String clean = OfficeText.cellText(texts[i]);
            if (clean != null && !clean.isEmpty()) {
                c.setCellValue(clean);
            }
            c.setCellStyle(styles.cell(kind, bold));
            lines = Math.max(lines, lines(clean, s.getColumnWidth(i) / 256));
        }
        r.setHeightInPoints(lines * LINE_POINTS);
        return row + 1;
    }

    /** Draws a grid from {@code top}; returns the next free row. */
    int grid(Sheet s, int top, Grid g) {
        int n = g.columns().size();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = s.getColumnWidth(i) / 256;
        }
        for (int r = 0; r < g.rows().size(); r++) {
            Row row = s.getRow(top + r) != null ? s.getRow(top + r) : s.createRow(top + r);
            int lines = 1;
            for (Grid.Cell cell : g.rows().get(r)) {
                CellStyle style = styles.cell(cell.kind(), cell.bold());
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    Row covered = s.getRow(top + r + dr) != null ? s.getRow(top + r + dr) : s.createRow(top + r + dr);
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        // every covered cell carries the style, so the merged area has its borders all round
                        covered.createCell(cell.column() + dc).setCellStyle(style);
                    }
                }
                write(row.getCell(cell.column()), cell);
                if (cell.colSpan() > 1 || cell.rowSpan() > 1) {
                    merge(s, top + r, top + r + cell.rowSpan() - 1, cell.column(), cell.column() + cell.colSpan() - 1);
                }
                if (cell.rowSpan() == 1 && (cell.kind() == Kind.TEXT || cell.kind() == Kind.HEADER)) {
                    int w = 0;
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        w += widths[cell.column() + dc];
                    }
                    lines = Math.max(lines, lines(cell.text(), w));
                }
            }
            row.setHeightInPoints(lines * LINE_POINTS);
        }
        return top + g.rows().size();
    }

    private static void write(Cell c, Grid.Cell cell) {
        switch (cell.kind()) {
            case AMOUNT, FIGURE -> {
                if (cell.number() != null) {
                    // The one place an amount becomes a double: an XLSX numeric cell stores an IEEE double.
                    // Amounts in 万元 with two decimals stay well inside its 15 significant digits, and the
                    // cell's #,##0.00 format shows them exactly as printed.
                    c.setCellValue(cell.number().doubleValue());
                }
            }
            default -> {
                String text = OfficeText.cellText(cell.text());
                if (text != null && !text.isEmpty()) {
                    c.setCellValue(text);
                }
            }
        }
    }

    /** Keeps the header rows in view while scrolling, and on every printed page. */
    void freeze(Sheet s, int firstHeaderRow, int headerRows) {
        s.createFreezePane(0, firstHeaderRow + headerRows);
        if (headerRows > 0) {
            s.setRepeatingRows(new CellRangeAddress(firstHeaderRow, firstHeaderRow + headerRows - 1, -1, -1));
        }
    }

    /** A4, as wide as the page, landscape for wide tables. */
    void print(Sheet s, boolean landscape) {
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(landscape);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
    }

    private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** How many lines text takes in a column {@code width} characters wide. */
    private static int lines(String text, int width) {
        int w = OfficeText.displayWidth(text);
        return w == 0 || width <= 0 ? 1 : Math.max(1, (w + width - 1) / width);
    }
}

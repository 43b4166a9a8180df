package org.budgetdisclosure.render;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table laid out for printing, independent of any file format: columns with their widths, then rows
 * of placed cells. A cell may span columns and rows; the positions it covers hold no cell of their own.
 * The first {@code headerRows} rows are the column header (repeated on every page, frozen in a sheet).
 * The DOCX and XLSX writers only draw a grid; what goes where is decided once, in {@link TableLayouts}
 * and {@link TargetLayouts}.
 *
 * @param columns    the columns, left to right
 * @param headerRows how many leading rows form the column header
 * @param rows       the rows, top to bottom, each with its cells in column order
 */
record Grid(List<ColumnSpec> columns, int headerRows, List<List<Cell>> rows) {

    Grid {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Tables too wide for a portrait page (表2, 表7, 表12, project target tables) go on landscape pages. */
    private static final int PORTRAIT_MAX_COLUMNS = 8;

    boolean wide() {
        return columns.size() > PORTRAIT_MAX_COLUMNS;
    }

    /**
     * A column.
     *
     * @param width its width in character widths of a Latin digit (Excel's column unit); a Chinese
     *              character takes about two
     * @param fixed the width is what the content needs (code digits), not a share of the page: on a page
     *              the other columns share what is left
     */
    record ColumnSpec(int width, boolean fixed) {

        ColumnSpec(int width) {
            this(width, false);
        }
    }

    /** What a cell holds, which decides its alignment and, in a sheet, its cell type. */
    enum Kind {
        HEADER,  // a column heading or a field label of a target table: centred
        CODE,    // classification code digits: text (leading zeros matter), centred
        TEXT,    // a name or other text: left, wrapped
        AMOUNT,  // an amount in 万元: right-aligned, two decimals, grouping; empty stays empty
        FIGURE   // another number printed as is (an indicator weight): centred
    }

    /**
     * One placed cell.
     *
     * @param column  its first column (0-based)
     * @param colSpan how many columns it covers
     * @param rowSpan how many rows it covers
     * @param text    the text for HEADER, CODE and TEXT cells (null or empty for an empty cell)
     * @param number  the value of AMOUNT and FIGURE cells; null for an empty cell (empty is not zero)
     * @param bold    printed bold (a subtotal row, a field label)
     */
    record Cell(int column, int colSpan, int rowSpan, Kind kind, String text, BigDecimal number, boolean bold) {

        Cell {
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("a cell spans at least one row and column");
            }
        }

        boolean isEmpty() {
            return number == null && (text == null || text.isEmpty());
        }
    }
}

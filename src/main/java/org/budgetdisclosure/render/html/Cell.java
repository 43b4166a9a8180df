package org.budgetdisclosure.render.html;

/**
 * One printed cell of a {@link Grid}.
 *
 * @param text    the text as printed; empty for an empty cell (never "0.00" for one)
 * @param colspan columns spanned, null for one
 * @param rowspan rows spanned, null for one
 * @param kind    how it is printed and what it means
 * @param bold    printed bold on its own (half of a 表1/表4 line); a bold row is a {@link Line#subtotal()}
 */
public record Cell(String text, Integer colspan, Integer rowspan, Kind kind, boolean bold) {

    public enum Kind {
        COLUMN_HEADER, // <th scope="col">
        ROW_HEADER,    // <th scope="row">: the row's label
        NUMBER,        // right-aligned amount or count
        CODE,          // a classification code part (类/款/项), centred
        TEXT           // anything else
    }

    public Cell {
        text = text == null ? "" : text;
        colspan = colspan == null || colspan <= 1 ? null : colspan;
        rowspan = rowspan == null || rowspan <= 1 ? null : rowspan;
    }

    public static Cell of(Kind kind, String text) {
        return new Cell(text, null, null, kind, false);
    }

    public static Cell spanning(Kind kind, String text, int colspan, int rowspan) {
        return new Cell(text, colspan, rowspan, kind, false);
    }

    public Cell emphasised() {
        return new Cell(text, colspan, rowspan, kind, true);
    }

    public boolean header() {
        return kind == Kind.COLUMN_HEADER || kind == Kind.ROW_HEADER;
    }

    /** The {@code scope} of a header cell, null for a data cell. */
    public String scope() {
        return switch (kind) {
            case COLUMN_HEADER -> "col";
            case ROW_HEADER -> "row";
            default -> null;
        };
    }

    /** The CSS classes, null when none. */
    public String cssClass() {
        StringBuilder c = new StringBuilder();
        switch (kind) {
            case NUMBER -> c.append(" num");
            case CODE -> c.append(" code");
            default -> {
            }
        }
        if (bold) {
            c.append(" b");
        }
        return c.length() == 0 ? null : c.substring(1);
    }

    /** How many columns it takes. */
    public int width() {
        return colspan == null ? 1 : colspan;
    }
}

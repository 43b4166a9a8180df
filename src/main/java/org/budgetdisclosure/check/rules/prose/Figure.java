package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import java.util.function.Supplier;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;

/**
 * What the tables give for something part 3 states.
 *
 * @param amount  the table figure (an empty cell counts as zero)
 * @param printed whether any cell behind it is printed
 * @param parts   how many printed figures were added to get it (1 for a single cell), for the
 *                rounding tolerance
 * @param how     how it was obtained, for the 应为 line (“表5 总计 › 基本支出”)
 * @param places  the cells it comes from
 */
final class Figure {

    private final Money amount;
    private final boolean printed;
    private final int parts;
    private final Supplier<String> how;
    private final Supplier<List<Location>> places;
    /** For a figure of one cell ({@link #cell}): the cell, from which how and places are told. */
    private final Table table;
    private final Row row;
    private final String column;

    /**
     * {@code how} and {@code places} are computed only when asked for: most figures agree with the
     * prose and need neither, and building them for every fact was most of the prose rules' time.
     */
    Figure(Money amount, boolean printed, int parts, Supplier<String> how, Supplier<List<Location>> places) {
        this(amount, printed, parts, how, places, null, null, null);
    }

    private Figure(Money amount, boolean printed, int parts, Supplier<String> how, Supplier<List<Location>> places,
                   Table table, Row row, String column) {
        this.amount = amount;
        this.printed = printed;
        this.parts = parts;
        this.how = how;
        this.places = places;
        this.table = table;
        this.row = row;
        this.column = column;
    }

    /**
     * The figure of one cell (an empty one counts as zero). Most figures are one cell: it keeps the cell
     * rather than two suppliers capturing it, one object per figure instead of three.
     */
    static Figure cell(Table t, Row r, String column) {
        Money m = r.cells().get(column);
        return new Figure(m == null ? Money.ZERO : m, m != null, 1, null, null, t, r, column);
    }

    Money amount() {
        return amount;
    }

    boolean printed() {
        return printed;
    }

    int parts() {
        return parts;
    }

    String how() {
        return how == null ? table.id().label() + " " + row.label() + " › " + Places.columnLabel(table, column) : how.get();
    }

    List<Location> places() {
        return how == null ? List.of(Places.cell(table, row, column)) : List.copyOf(places.get());
    }
}

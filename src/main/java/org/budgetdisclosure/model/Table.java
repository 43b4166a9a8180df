package org.budgetdisclosure.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One of the twelve tables, as printed.
 *
 * @param id             which standard table this is (recognised by its title, not its number)
 * @param number         the number printed before it ({@code 表 3}), null if none was printed
 * @param title          the title as printed
 * @param preparedBy     编制部门
 * @param unit           单位 (万元)
 * @param columns        the value columns, in printed order
 * @param rows           the rows in printed order; repeated page headers are not rows
 * @param emptyStatement the sentence printed for an empty table (“…为空表。”), null if none
 * @param at             where the title was read
 */
public record Table(TableId id, Integer number, String title, String preparedBy, String unit,
                    List<Column> columns, List<Row> rows, String emptyStatement, SourceRef at) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows instanceof FixedList<Row> fixed ? fixed : List.copyOf(rows); // a FixedList is immutable already
    }

    public Optional<Row> row(Predicate<Row> p) {
        return rows.stream().filter(p).findFirst();
    }

    /** The row of a classification code (the first, for 表7 where several projects share one). */
    public Optional<Row> rowByCode(String code) {
        return row(r -> code.equals(r.code()) && r.kind() != RowKind.PROJECT);
    }

    public Optional<Row> rowByKey(String key) {
        return row(r -> key.equals(r.key()));
    }

    public Optional<Row> rowByKey(Side side, String key) {
        return row(r -> side == r.side() && key.equals(r.key()));
    }

    /** True when no row has any printed amount. */
    public boolean hasNoAmounts() {
        return rows.stream().allMatch(Row::isEmpty);
    }

    public Table withRows(List<Row> newRows) {
        return new Table(id, number, title, preparedBy, unit, columns, newRows, emptyStatement, at);
    }
}

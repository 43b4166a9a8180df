package org.budgetdisclosure.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.render.Grid.Cell;
import org.budgetdisclosure.render.Grid.ColumnSpec;
import org.budgetdisclosure.render.Grid.Kind;

/** Collects the rows of a {@link Grid}, one row at a time, cells left to right. */
final class GridBuilder {

    private final List<ColumnSpec> columns;
    private final List<List<Cell>> rows = new ArrayList<>();
    private List<Cell> current;
    private int headerRows;

    GridBuilder(List<ColumnSpec> columns) {
        this.columns = List.copyOf(columns);
    }

    GridBuilder row() {
        current = new ArrayList<>();
        rows.add(current);
        return this;
    }

    /** Marks the rows added so far as the column header. */
    GridBuilder endHeader() {
        headerRows = rows.size();
        return this;
    }

    GridBuilder cell(int column, int colSpan, int rowSpan, Kind kind, String text, boolean bold) {
        current.add(new Cell(column, colSpan, rowSpan, kind, text, null, bold));
        return this;
    }

    GridBuilder text(int column, int colSpan, String text, boolean bold) {
        return cell(column, colSpan, 1, Kind.TEXT, text, bold);
    }

    GridBuilder label(int column, int colSpan, int rowSpan, String text) {
        return cell(column, colSpan, rowSpan, Kind.HEADER, text, true);
    }

    GridBuilder amount(int column, int colSpan, Money amount, boolean bold) {
        current.add(new Cell(column, colSpan, 1, Kind.AMOUNT, null, amount == null ? null : amount.value(), bold));
        return this;
    }

    GridBuilder figure(int column, BigDecimal value, boolean bold) {
        current.add(new Cell(column, 1, 1, Kind.FIGURE, null, value, bold));
        return this;
    }

    Grid build() {
        return new Grid(columns, headerRows, rows);
    }
}

package org.budgetdisclosure.check.rules.cross;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * The same figure printed in two tables agrees: a column of one table against a column of another,
 * row by row matched by classification code (down to {@code depth}), and the totals. E.g. 表1's
 * expenditure by 类 = 表3's 合计 by 类; 表5's 基本支出 total = 表6's 合计 total.
 */
public final class ColumnsAgree implements Rule {

    public static final RuleInfo INFO = new RuleInfo("XT-EQUAL", "同一数字在两张表中应一致", Severity.ERROR, Family.CROSS);

    /** Which rows to compare. */
    public enum Rows {
        CLASSES,      // every function 类 row
        ALL_CODES,    // every function row, all levels
        TOTAL_ONLY    // just the total rows
    }

    private final TableId a;
    private final String colA;
    private final TableId b;
    private final String colB;
    private final Rows rows;

    public ColumnsAgree(TableId a, String colA, TableId b, String colB, Rows rows) {
        this.a = a;
        this.colA = colA;
        this.b = b;
        this.colB = colB;
        this.rows = rows;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables tables = Tables.of(d, ctx);
        Tables.Rows ra = tables.rows(a);
        Tables.Rows rb = tables.rows(b);
        if (ra == null || rb == null) {
            return;
        }
        compare(ra, rb, out);
    }

    private static boolean codeRow(Row r) {
        return r.kind() == RowKind.FUNCTION && r.code() != null && r.side() != Side.INCOME;
    }

    private void compare(Tables.Rows rowsA, Tables.Rows rowsB, Findings out) {
        Table ta = rowsA.table();
        Table tb = rowsB.table();
        if (rows != Rows.TOTAL_ONLY) {
            Figures figures = new Figures(rowsB, colB);
            List<Row> functionRows = rowsA.ofKind(RowKind.FUNCTION);
            for (int i = 0; i < functionRows.size(); i++) {
                Row ra = functionRows.get(i);
                if (!codeRow(ra) || rows != Rows.ALL_CODES && ra.level() != CodeLevel.CLASS) {
                    continue;
                }
                if (figures.ownRowAgrees(ra, colA)) {
                    continue; // the usual case: the code's own row in B prints the same figure, no Figure made
                }
                Figure other = figures.of(ra.code());
                boolean printedA = ra.cells().get(colA) != null;
                if (!printedA && (other == null || !other.printed())) {
                    continue;
                }
                if (other == null) {
                    if (!ra.amount(colA).isZero()) {
                        out.report(INFO, Severity.ERROR, Places.cell(ta, ra, colA), List.of(),
                                ra.label() + " 在" + ta.id().label() + "中有数，但" + tb.id().label() + "中没有这一行。");
                    }
                    continue;
                }
                if (other.amount().equals(ra.amount(colA))) {
                    continue; // the usual case: no message to build
                }
                out.requireEqual(INFO, Places.cell(ta, ra, colA), other.places(),
                        ra.label() + " 在" + ta.id().label() + "“" + Places.columnLabel(ta, colA) + "”与" + tb.id().label()
                                + "“" + Places.columnLabel(tb, colB) + "”中应一致。",
                        other.amount(), tb.id().label() + " " + other.how(), ra.amount(colA), other.parts());
            }
            // a class printed in B but missing from A
            if (rows == Rows.CLASSES) {
                List<Row> functionRowsB = rowsB.ofKind(RowKind.FUNCTION);
                for (int i = 0; i < functionRowsB.size(); i++) {
                    Row rb = functionRowsB.get(i);
                    if (codeRow(rb) && rb.level() == CodeLevel.CLASS && !classIn(rowsA, rb.code()) && !rb.amount(colB).isZero()) {
                        out.report(INFO, Severity.ERROR, Places.cell(tb, rb, colB), List.of(),
                                rb.label() + " 在" + tb.id().label() + "中有数，但" + ta.id().label() + "中没有这一类。");
                    }
                }
            }
        }
        Row totalA = total(rowsA);
        Row totalB = total(rowsB);
        if (totalA != null && totalB != null
                && (totalA.cells().get(colA) != null || totalB.cells().get(colB) != null)
                && !totalB.amount(colB).equals(totalA.amount(colA))) {
            out.requireEqual(INFO, Places.cell(ta, totalA, colA), List.of(Places.cell(tb, totalB, colB)),
                    ta.id().label() + "“" + Places.columnLabel(ta, colA) + "”总计与" + tb.id().label() + "“"
                            + Places.columnLabel(tb, colB) + "”总计应一致。",
                    totalB.amount(colB), tb.id().label() + " 总计", totalA.amount(colA), 1);
        }
    }

    /** Whether the table prints a function 类 row (of the expenditure side) with this code: one of the rows compared. */
    private static boolean classIn(Tables.Rows rows, String code) {
        List<Row> withCode = rows.withCode(code);
        for (int i = 0; i < withCode.size(); i++) {
            Row r = withCode.get(i);
            if (codeRow(r) && r.level() == CodeLevel.CLASS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A code's figure in a table: its own row, or (表7) the sum of the projects printed under it. The
     * text of how it was found and its places are built only when a finding needs them.
     */
    record Figure(Money amount, boolean printed, Table table, String col, List<Row> rows, boolean own) {

        int parts() {
            return rows.size();
        }

        String how() {
            return own ? Places.columnLabel(table, col)
                    : Places.sumText(rows.stream().map(Row::projectName).toList(), rows.stream().map(r -> r.amount(col)).toList());
        }

        List<Location> places() {
            return rows.stream().map(r -> Places.cell(table, r, col)).toList();
        }
    }

    /** The figures of one column of a table by code, found in the shared index (not a scan of all rows per code). */
    private static final class Figures {

        private final Tables.Rows rows;
        private final Table table;
        private final String col;

        Figures(Tables.Rows rows, String col) {
            this.rows = rows;
            this.table = rows.table();
            this.col = col;
        }

        /**
         * Whether B prints the code's own row with the figure {@code ra} prints at {@code colA} (both empty
         * counts): as {@link #of} and the comparison with its figure, for the usual code, without making
         * the figure.
         */
        boolean ownRowAgrees(Row ra, String colA) {
            List<Row> withCode = rows.withCode(ra.code());
            for (int i = 0; i < withCode.size(); i++) {
                Row r = withCode.get(i);
                if (codeRow(r)) {
                    Money a = ra.cells().get(colA);
                    Money b = r.cells().get(col);
                    return a == null && b == null || (b == null ? Money.ZERO : b).equals(a == null ? Money.ZERO : a);
                }
            }
            return false;
        }

        /** The code's figure, or null when the table has neither its row nor projects under it. */
        Figure of(String code) {
            List<Row> withCode = rows.withCode(code);
            List<Row> under = null;
            for (int i = 0; i < withCode.size(); i++) { // by index: an iterator per code was a third of what the rule allocated
                Row r = withCode.get(i);
                if (codeRow(r)) {
                    return new Figure(r.amount(col), r.cells().get(col) != null, table, col, List.of(r), true);
                }
                if (r.kind() == RowKind.PROJECT) {
                    if (under == null) {
                        under = new ArrayList<>(withCode.size());
                    }
                    under.add(r);
                }
            }
            if (under == null) {
                return null;
            }
            // the projects are printed, the code's figure is their sum: a sum of rounded parts
            List<Money> amounts = new ArrayList<>(under.size());
            boolean printed = false;
            for (Row p : under) {
                amounts.add(p.amount(col));
                printed |= p.cell(col).isPresent();
            }
            return new Figure(Money.sum(amounts), printed, table, col, under, false);
        }
    }

    /** The expenditure total of a two-sided table, or the table's only total; null without one. */
    private static Row total(Tables.Rows rows) {
        List<Row> totals = rows.ofKind(RowKind.TOTAL);
        for (int i = 0; i < totals.size(); i++) {
            if (totals.get(i).side() != Side.INCOME) {
                return totals.get(i);
            }
        }
        return null;
    }
}

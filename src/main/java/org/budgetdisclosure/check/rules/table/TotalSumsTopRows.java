package org.budgetdisclosure.check.rules.table;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * A table's 总计/合计 row equals the sum of its top rows: the 类 rows of a classified table, or the
 * project rows of a table without codes (表11). Two-sided tables (表1, 表4) have their own rules.
 */
public final class TotalSumsTopRows implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TOTAL-SUM", "总计行应等于各类（或各项目）之和", Severity.ERROR, Family.TABLE);

    private final TableId table;

    public TotalSumsTopRows(TableId table) {
        this.table = table;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables.Rows rows = Tables.of(d, ctx).rows(table);
        if (rows != null) {
            check(rows, out);
        }
    }

    /** The places of the top rows: the 类 rows, else the projects and the one-sided items. */
    private static int[] topPlaces(Table t) {
        List<Row> all = t.rows();
        int[] out = new int[all.size()];
        int n = 0;
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            if ((r.kind() == RowKind.FUNCTION || r.kind() == RowKind.ECONOMIC) && r.level() == CodeLevel.CLASS) {
                out[n++] = i;
            }
        }
        if (n == 0) {
            for (int i = 0; i < all.size(); i++) {
                Row r = all.get(i);
                if (r.kind() == RowKind.PROJECT || r.kind() == RowKind.ITEM && r.side() == null) {
                    out[n++] = i;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Each total without a side against its table's top rows, column by column, summed in cents. The usual
     * column adds up; what a finding needs is made in {@link Report}, so this loop stays small.
     */
    private void check(Tables.Rows rows, Findings out) {
        Table t = rows.table();
        List<Column> columns = t.columns();
        int[] topAt = null;
        Report report = null;
        for (int totalAt : rows.placesOf(RowKind.TOTAL)) {
            if (t.rows().get(totalAt).side() != null) {
                continue;
            }
            if (topAt == null) {
                topAt = topPlaces(t);
            }
            for (int c = 0; c < columns.size(); c++) {
                int at = rows.position(columns.get(c).key());
                if (rows.columnSumAgrees(topAt, at, totalAt)) {
                    continue; // the usual case: no message to build
                }
                if (report == null) {
                    report = new Report(rows, topAt);
                }
                report.column(totalAt, columns.get(c), at, out);
            }
        }
    }

    /** The findings of one table's totals: the top rows labelled once for all (a total off in one column is often off in others). */
    private static final class Report {

        private final Tables.Rows rows;
        private final Table t;
        private final int[] topAt;
        private final List<Row> top;
        private final List<String> topLabels;
        private final SumTexts texts = new SumTexts();

        Report(Tables.Rows rows, int[] topAt) {
            this.rows = rows;
            this.t = rows.table();
            this.topAt = topAt;
            top = new ArrayList<>(topAt.length);
            topLabels = new ArrayList<>(topAt.length);
            for (int i : topAt) {
                Row r = t.rows().get(i);
                top.add(r);
                topLabels.add(r.label());
            }
        }

        /** The finding for column {@code c} (at position {@code at}) of the total at {@code totalAt}, which does not add up. */
        void column(int totalAt, Column c, int at, Findings out) {
            Row total = t.rows().get(totalAt);
            Money printed = rows.cell(totalAt, at);
            Money expected = rows.columnSum(topAt, 0, topAt.length, at, totalAt);
            String columnLabel = Places.columnLabel(t, c.key());
            List<Money> parts = new ArrayList<>(top.size());
            List<Location> related = new ArrayList<>(top.size());
            for (int i = 0; i < top.size(); i++) {
                Money m = rows.cell(topAt[i], at);
                parts.add(m == null ? Money.ZERO : m);
                related.add(Places.cell(t, top.get(i), topLabels.get(i), columnLabel));
            }
            out.requireEqual(INFO, Places.cell(t, total, total.label(), columnLabel), related,
                    "“" + total.name() + "”行的“" + c.label() + "”应等于各" + (top.isEmpty() || top.get(0).code() == null ? "项目" : "类") + "之和。",
                    expected, texts.of(topLabels, parts),
                    printed == null ? Money.ZERO : printed, top.size());
        }
    }
}

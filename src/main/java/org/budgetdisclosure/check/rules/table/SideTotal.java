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
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * In a two-sided table (表1, 表4): 支出总计 = Σ the 类 lines of the expenditure side, and 收入总计 = 支出总计.
 */
public final class SideTotal implements Rule {

    public static final RuleInfo SUM = new RuleInfo("SIDE-SUM", "支出总计应等于各类支出之和", Severity.ERROR, Family.TABLE);
    public static final RuleInfo BALANCE = new RuleInfo("BALANCE", "收入总计应等于支出总计", Severity.ERROR, Family.TABLE);

    private final TableId table;
    private final RuleInfo info;

    private SideTotal(TableId table, RuleInfo info) {
        this.table = table;
        this.info = info;
    }

    public static SideTotal expenditureSum(TableId t) {
        return new SideTotal(t, SUM);
    }

    public static SideTotal balance(TableId t) {
        return new SideTotal(t, BALANCE);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables.Rows rows = Tables.of(d, ctx).rows(table);
        if (rows == null) {
            return;
        }
        if (info == SUM) {
            sum(rows, out);
        } else {
            balance(rows, out);
        }
    }

    private static Row total(Tables.Rows rows, Side side) {
        List<Row> totals = rows.ofKind(RowKind.TOTAL);
        for (int i = 0; i < totals.size(); i++) { // by index: no iterator per call
            Row r = totals.get(i);
            if (r.side() == side) {
                return r;
            }
        }
        return null;
    }

    /**
     * The expenditure total against the expenditure side's 类 rows, column by column, summed in cents. The
     * usual column adds up; what a finding needs is made in {@link SumReport}, so this loop stays small.
     */
    private void sum(Tables.Rows rows, Findings out) {
        Row total = total(rows, Side.EXPENDITURE);
        if (total == null) {
            return;
        }
        Table t = rows.table();
        int[] functionAt = rows.placesOf(RowKind.FUNCTION);
        int n = 0;
        int[] classesAt = new int[functionAt.length];
        for (int at : functionAt) {
            if (t.rows().get(at).side() == Side.EXPENDITURE) {
                classesAt[n++] = at;
            }
        }
        classesAt = n == classesAt.length ? classesAt : Arrays.copyOf(classesAt, n);
        int totalAt = rows.index(total);
        List<Column> columns = t.columns();
        SumReport report = null;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).side() == Side.INCOME) {
                continue;
            }
            int at = rows.position(columns.get(c).key());
            if (rows.columnSumAgrees(classesAt, at, totalAt)) {
                continue; // the usual case (or nothing printed at all): no message to build
            }
            if (report == null) {
                report = new SumReport(rows, classesAt, totalAt);
            }
            report.column(columns.get(c), at, out);
        }
    }

    /** The findings of a total that does not add up, its classes looked at once for all columns. */
    private static final class SumReport {

        private final Tables.Rows rows;
        private final Table t;
        private final int[] classesAt;
        private final int totalAt;
        /** Each class's label, made when first named (a class is named in each column that does not add up). */
        private final String[] labelOf;
        private final SumTexts texts = new SumTexts();

        SumReport(Tables.Rows rows, int[] classesAt, int totalAt) {
            this.rows = rows;
            this.t = rows.table();
            this.classesAt = classesAt;
            this.totalAt = totalAt;
            this.labelOf = new String[classesAt.length];
        }

        /** The finding for column {@code c} (at position {@code at}), which does not add up. */
        void column(Column c, int at, Findings out) {
            Row total = t.rows().get(totalAt);
            Money printedTotal = rows.cell(totalAt, at);
            Money expected = rows.columnSum(classesAt, 0, classesAt.length, at, totalAt);
            // the classes printing a figure here, each labelled once for its place and the sum's text
            List<String> labels = new ArrayList<>(classesAt.length);
            List<Money> parts = new ArrayList<>(classesAt.length);
            List<Location> related = new ArrayList<>(classesAt.length);
            String columnLabel = Places.columnLabel(t, c.key());
            for (int i = 0; i < classesAt.length; i++) {
                Money m = rows.cell(classesAt[i], at);
                if (m != null) {
                    Row r = t.rows().get(classesAt[i]);
                    if (labelOf[i] == null) {
                        labelOf[i] = r.label();
                    }
                    String label = labelOf[i];
                    labels.add(label);
                    parts.add(m);
                    related.add(Places.cell(t, r, label, columnLabel));
                }
            }
            out.requireEqual(SUM, Places.cell(t, total, total.label(), columnLabel), related,
                    "支出总计的“" + c.label() + "”应等于各类支出之和。", expected, texts.of(labels, parts),
                    printedTotal == null ? Money.ZERO : printedTotal, Math.max(1, labels.size()));
        }
    }

    private void balance(Tables.Rows rows, Findings out) {
        Row in = total(rows, Side.INCOME);
        Row ex = total(rows, Side.EXPENDITURE);
        if (in == null || ex == null) {
            return;
        }
        Table t = rows.table();
        String inKey = firstKey(t, Side.INCOME);
        String exKey = firstKey(t, Side.EXPENDITURE);
        if (inKey == null || exKey == null || ex.amount(exKey).equals(in.amount(inKey))) {
            return;
        }
        out.requireEqual(BALANCE, Places.cell(t, in, inKey), List.of(Places.cell(t, ex, exKey)),
                "收入总计应等于支出总计。", ex.amount(exKey), "支出总计", in.amount(inKey), 1);
    }

    private static String firstKey(Table t, Side side) {
        for (Column c : t.columns()) {
            if (c.side() == side) {
                return c.key();
            }
        }
        return null;
    }
}

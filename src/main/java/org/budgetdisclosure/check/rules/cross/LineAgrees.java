package org.budgetdisclosure.check.rules.cross;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * A named line of one table (an income source of 表1, say) equals a cell of another table's line or
 * total row: 表1 一般公共预算拨款 = 表2 总计 › 一般公共预算 = 表4 一般公共预算; 表1 上年结转结余 = 表12 总计.
 * An empty cell counts as zero, so a source printed on one side only is caught too.
 */
public final class LineAgrees implements Rule {

    public static final RuleInfo INFO = new RuleInfo("XT-LINE", "同一收入来源在两张表中应一致", Severity.ERROR, Family.CROSS);

    /** A line of a table: by item key (with side for 表1/表4), or {@code total} for the total row. */
    public record Line(TableId table, Side side, String key, String column) {
    }

    private final Line a;
    private final Line b;

    public LineAgrees(Line a, Line b) {
        this.a = a;
        this.b = b;
    }

    public static Line line(TableId t, Side side, String key, String column) {
        return new Line(t, side, key, column);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables tables = Tables.of(d, ctx);
        Tables.Rows rowsA = tables.rows(a.table());
        Tables.Rows rowsB = tables.rows(b.table());
        if (rowsA == null || rowsB == null) {
            return;
        }
        Row ra = find(rowsA, a);
        Row rb = find(rowsB, b);
        if (ra == null || rb == null) {
            return;
        }
        if (ra.cells().get(a.column()) == null && rb.cells().get(b.column()) == null
                || rb.amount(b.column()).equals(ra.amount(a.column()))) {
            return; // nothing printed, or the usual case: no message to build
        }
        Table ta = rowsA.table();
        Table tb = rowsB.table();
        String whatA = ta.id().label() + "“" + ra.name() + "”" + columnSuffix(ta, a.column());
        String whatB = tb.id().label() + "“" + rb.name() + "”" + columnSuffix(tb, b.column());
        out.requireEqual(INFO, Places.cell(ta, ra, a.column()), List.of(Places.cell(tb, rb, b.column())),
                whatA + "应等于" + whatB + "。", rb.amount(b.column()), whatB, ra.amount(a.column()), 1);
    }

    private static String columnSuffix(Table t, String column) {
        String label = Places.columnLabel(t, column);
        return label.equals("预算数") || label.equals("合计") && t.id() != TableId.T2 ? "" : "的“" + label + "”";
    }

    /** The first row of the line's side with its key (the total row for {@code total}), or null. */
    private static Row find(Tables.Rows rows, Line l) {
        List<Row> candidates = "total".equals(l.key()) ? rows.ofKind(RowKind.TOTAL) : rows.withKey(l.key());
        for (int i = 0; i < candidates.size(); i++) { // by index: an iterator per line looked up showed among what the check allocated
            Row r = candidates.get(i);
            if (l.side() == null || r.side() == l.side()) {
                return r;
            }
        }
        return null;
    }
}

package org.budgetdisclosure.check.rules.cross;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
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
        Optional<Table> ta = d.table(a.table());
        Optional<Table> tb = d.table(b.table());
        if (ta.isEmpty() || tb.isEmpty()) {
            return;
        }
        Optional<Row> ra = find(ta.get(), a);
        Optional<Row> rb = find(tb.get(), b);
        if (ra.isEmpty() || rb.isEmpty()) {
            return;
        }
        if (ra.get().cell(a.column()).isEmpty() && rb.get().cell(b.column()).isEmpty()) {
            return;
        }
        String whatA = ta.get().id().label() + "“" + ra.get().name() + "”" + columnSuffix(ta.get(), a.column());
        String whatB = tb.get().id().label() + "“" + rb.get().name() + "”" + columnSuffix(tb.get(), b.column());
        out.requireEqual(INFO, Places.cell(ta.get(), ra.get(), a.column()), List.of(Places.cell(tb.get(), rb.get(), b.column())),
                whatA + "应等于" + whatB + "。", rb.get().amount(b.column()), whatB, ra.get().amount(a.column()), 1);
    }

    private static String columnSuffix(Table t, String column) {
        String label = Places.columnLabel(t, column);
        return label.equals("预算数") || label.equals("合计") && t.id() != TableId.T2 ? "" : "的“" + label + "”";
    }

    private static Optional<Row> find(Table t, Line l) {
        return t.rows().stream()
                .filter(r -> l.side() == null || r.side() == l.side())
                .filter(r -> "total".equals(l.key()) ? r.kind() == RowKind.TOTAL : l.key().equals(r.key()))
                .findFirst();
    }
}

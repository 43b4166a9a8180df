package org.budgetdisclosure.check.rules.table;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
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
        d.table(table).ifPresent(t -> check(t, out));
    }

    static List<Row> topRows(Table t) {
        List<Row> classes = t.rows().stream()
                .filter(r -> (r.kind() == RowKind.FUNCTION || r.kind() == RowKind.ECONOMIC) && r.level() == CodeLevel.CLASS)
                .toList();
        if (!classes.isEmpty()) {
            return classes;
        }
        return t.rows().stream().filter(r -> r.kind() == RowKind.PROJECT || r.kind() == RowKind.ITEM && r.side() == null).toList();
    }

    private void check(Table t, Findings out) {
        List<Row> totals = t.rows().stream().filter(r -> r.kind() == RowKind.TOTAL && r.side() == null).toList();
        List<Row> top = topRows(t);
        for (Row total : totals) {
            for (Column c : t.columns()) {
                boolean anyPrinted = total.cell(c.key()).isPresent() || top.stream().anyMatch(r -> r.cell(c.key()).isPresent());
                if (!anyPrinted) {
                    continue;
                }
                List<Money> parts = top.stream().map(r -> r.amount(c.key())).toList();
                if (Money.sum(parts).equals(total.amount(c.key()))) {
                    continue; // the usual case: no message to build
                }
                List<Location> related = top.stream().map(r -> Places.cell(t, r, c.key())).toList();
                out.requireEqual(INFO, Places.cell(t, total, c.key()), related,
                        "“" + total.name() + "”行的“" + c.label() + "”应等于各" + (top.isEmpty() || top.get(0).code() == null ? "项目" : "类") + "之和。",
                        Money.sum(parts), Places.sumText(top.stream().map(Row::label).toList(), parts),
                        total.amount(c.key()), top.size());
            }
        }
    }
}

package org.budgetdisclosure.check.rules.table;

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
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * On every row of a table, one column equals the sum of others: 合计 = 基本支出 + 项目支出 (表3, 表5),
 * 合计 = 人员经费 + 公用经费 (表6), 财政拨款小计 = Σ budget sources (表2), 项目支出合计 = Σ economic classes (表7) …
 */
public final class RowSum implements Rule {

    public static final RuleInfo INFO = new RuleInfo("ROW-SUM", "合计列应等于其组成列之和", Severity.ERROR, Family.TABLE);

    private final TableId table;
    private final String target;
    private final List<String> parts;

    public RowSum(TableId table, String target, String... parts) {
        this.table = table;
        this.target = target;
        this.parts = List.of(parts);
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

    private void check(Tables.Rows rows, Findings out) {
        if (!rows.hasColumn(target)) {
            return;
        }
        Table t = rows.table();
        int n = parts.size();
        int targetAt = rows.position(target);
        int[] partsAt = new int[n];
        for (int i = 0; i < n; i++) {
            partsAt[i] = rows.position(parts.get(i));
        }
        for (int i = 0; i < t.rows().size(); i++) {
            if (rows.rowSumAgrees(i, partsAt, targetAt)) {
                continue; // nothing printed, or the usual case: no message to build
            }
            report(t, t.rows().get(i), out);
        }
    }

    /** The finding for a row whose parts do not add up to its target: the row labelled once for all its places. */
    private void report(Table t, Row r, Findings out) {
        int n = parts.size();
        String label = r.label();
        List<Money> amounts = new ArrayList<>(n);
        List<String> names = new ArrayList<>(n);
        List<Location> related = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String name = Places.columnLabel(t, parts.get(k));
            amounts.add(r.amount(parts.get(k)));
            names.add(name);
            related.add(Places.cell(t, r, label, name));
        }
        String targetLabel = Places.columnLabel(t, target);
        out.requireEqual(INFO, Places.cell(t, r, label, targetLabel), related,
                label + " 的“" + targetLabel + "”应等于" + String.join("、", names) + "之和。",
                Money.sum(amounts), Places.sumText(names, amounts), r.amount(target), n);
    }
}

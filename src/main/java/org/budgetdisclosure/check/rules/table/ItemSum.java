package org.budgetdisclosure.check.rules.table;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * A named line equals the sum of its named parts, column by column: in 表1 一、本年收入 = 一般公共预算
 * + 政府性基金 + 国有资本经营 + 财政专户 + 单位资金, 收入总计 = 本年收入 + 上年结转结余; in 表10 公务用车小计 =
 * 购置 + 运行维护, 总计 = 出国 + 接待 + 用车小计. Lines that are not printed count as empty.
 */
public final class ItemSum implements Rule {

    public static final RuleInfo INFO = new RuleInfo("ITEM-SUM", "汇总行应等于其组成行之和", Severity.ERROR, Family.TABLE);

    private final TableId table;
    private final Side side;
    private final String target;
    private final List<String> parts;

    public ItemSum(TableId table, Side side, String target, String... parts) {
        this.table = table;
        this.side = side;
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

    /** The first line with the key (on this rule's side), or null. */
    private Row line(Tables.Rows rows, String key) {
        for (Row r : rows.withKey(key)) {
            if (side == null || side == r.side()) {
                return r;
            }
        }
        return null;
    }

    private void check(Tables.Rows rows, Findings out) {
        Row total = line(rows, target);
        if (total == null) {
            return;
        }
        Table t = rows.table();
        List<Row> present = new ArrayList<>(parts.size());
        for (String p : parts) {
            Row r = line(rows, p);
            if (r != null) {
                present.add(r);
            }
        }
        int[] presentAt = rows.indexes(present);
        int totalAt = rows.index(total);
        for (Column c : t.columns()) {
            if (side != null && c.side() != null && c.side() != side) {
                continue;
            }
            String key = c.key();
            int at = rows.position(key);
            if (rows.columnSumAgrees(presentAt, at, totalAt)) {
                continue; // the usual case: no message to build
            }
            Money[][] presentCells = new Money[present.size()][];
            for (int i = 0; i < presentCells.length; i++) {
                presentCells[i] = rows.cells(presentAt[i]);
            }
            Money expected = Tables.Rows.sumAt(presentCells, at, rows.cells(totalAt)[at]);
            List<Money> amounts = new ArrayList<>(present.size());
            for (Row r : present) {
                amounts.add(r.amount(key));
            }
            out.requireEqual(INFO, Places.cell(t, total, key), present.stream().map(r -> Places.cell(t, r, key)).toList(),
                    "“" + total.name() + "”应等于" + String.join("、", present.stream().map(Row::name).toList()) + "之和。",
                    expected, Places.sumText(present.stream().map(Row::name).toList(), amounts),
                    total.amount(key), present.size());
        }
    }
}

package org.budgetdisclosure.check.rules.table;

import java.util.ArrayList;
import java.util.Arrays;
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
        List<Row> withKey = rows.withKey(key);
        for (int i = 0; i < withKey.size(); i++) { // by index: no iterator for each key looked up
            Row r = withKey.get(i);
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
        // the places of the parts printed, in the order named; the rows themselves are listed only for a finding
        int[] presentAt = new int[parts.size()];
        int n = 0;
        for (int i = 0; i < presentAt.length; i++) {
            Row r = line(rows, parts.get(i));
            if (r != null) {
                presentAt[n++] = rows.index(r);
            }
        }
        presentAt = n == presentAt.length ? presentAt : Arrays.copyOf(presentAt, n);
        int totalAt = rows.index(total);
        List<Column> columns = t.columns();
        for (int ci = 0; ci < columns.size(); ci++) {
            Column c = columns.get(ci);
            if (side != null && c.side() != null && c.side() != side) {
                continue;
            }
            String key = c.key();
            int at = rows.position(key);
            if (rows.columnSumAgrees(presentAt, at, totalAt)) {
                continue; // the usual case: no message to build
            }
            List<Row> present = new ArrayList<>(presentAt.length);
            for (int i : presentAt) {
                present.add(t.rows().get(i));
            }
            Money expected = rows.columnSum(presentAt, 0, presentAt.length, at, totalAt);
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

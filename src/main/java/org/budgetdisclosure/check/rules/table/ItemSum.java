package org.budgetdisclosure.check.rules.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
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
        d.table(table).ifPresent(t -> check(t, out));
    }

    private Optional<Row> line(Table t, String key) {
        return t.rows().stream().filter(r -> key.equals(r.key()) && (side == null || side == r.side())).findFirst();
    }

    private void check(Table t, Findings out) {
        Optional<Row> total = line(t, target);
        if (total.isEmpty()) {
            return;
        }
        List<Row> present = new ArrayList<>();
        for (String p : parts) {
            line(t, p).ifPresent(present::add);
        }
        for (Column c : t.columns()) {
            if (side != null && c.side() != null && c.side() != side) {
                continue;
            }
            boolean anyPrinted = total.get().cell(c.key()).isPresent() || present.stream().anyMatch(r -> r.cell(c.key()).isPresent());
            if (!anyPrinted) {
                continue;
            }
            List<Money> amounts = present.stream().map(r -> r.amount(c.key())).toList();
            out.requireEqual(INFO, Places.cell(t, total.get(), c.key()), present.stream().map(r -> Places.cell(t, r, c.key())).toList(),
                    "“" + total.get().name() + "”应等于" + String.join("、", present.stream().map(Row::name).toList()) + "之和。",
                    Money.sum(amounts), Places.sumText(present.stream().map(Row::name).toList(), amounts),
                    total.get().amount(c.key()), present.size());
        }
    }
}

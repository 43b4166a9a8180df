package org.budgetdisclosure.check.rules.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;

/**
 * In every target table the funding parts add up to the total: the department's 上级安排 + 本级安排 +
 * 其他资金 = 合计, a project's 财政拨款 + 其他资金 = 年度预算总额. Parts not printed count as empty; a
 * table with no part printed is not checked (nothing to add).
 */
public final class FundingPartsSum implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-FUNDS-SUM", "绩效目标表中各资金来源之和应等于资金总额",
            Severity.ERROR, Family.TARGET);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.targets() == null) {
            return;
        }
        DepartmentTarget dt = d.targets().department();
        if (dt != null && !agrees(dt.total(), dt.superiorFunds(), dt.ownFunds(), dt.otherFunds())) {
            require(out, TargetTable.of(dt), "合计", dt.total(),
                    List.of("上级安排", "本级安排", "其他资金"), parts(dt.superiorFunds(), dt.ownFunds(), dt.otherFunds()));
        }
        for (ProjectTarget p : d.targets().projects()) {
            if (!agrees(p.budgetTotal(), p.fiscal(), p.other())) {
                require(out, TargetTable.of(p), "年度预算总额", p.budgetTotal(),
                        List.of("财政拨款", "其他资金"), parts(p.fiscal(), p.other()));
            }
        }
    }

    /**
     * True when there is nothing to report: no total, no part printed, or the parts add up to the total
     * exactly. Most tables agree, and need no message.
     */
    private static boolean agrees(Money total, Money... printed) {
        if (total == null) {
            return true;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (Money m : printed) {
            if (m != null) {
                any = true;
                sum = sum.add(m.value());
            }
        }
        return !any || sum.compareTo(total.value()) == 0;
    }

    private static List<Money> parts(Money... printed) {
        List<Money> l = new ArrayList<>();
        for (Money m : printed) {
            l.add(m);
        }
        return l;
    }

    private static void require(Findings out, TargetTable t, String totalName, Money total, List<String> names, List<Money> printed) {
        if (total == null || printed.stream().allMatch(m -> m == null)) {
            return;
        }
        List<Money> amounts = printed.stream().map(m -> m == null ? Money.ZERO : m).toList();
        out.requireEqual(INFO, t.place(totalName), List.of(),
                t.label() + "的" + totalName + "应等于" + String.join("、", names) + "之和。",
                Money.sum(amounts), Places.sumText(names, amounts), total, names.size());
    }
}

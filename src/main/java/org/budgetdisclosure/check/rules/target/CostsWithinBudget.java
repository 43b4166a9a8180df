package org.budgetdisclosure.check.rules.target;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;

/**
 * A project's money cost indicators (经济成本指标 in 万元, “=”, “≤” or “<”) fit inside its 年度预算总额:
 * one cap above the budget is an error (the project cannot spend it); caps that together exceed the
 * budget are a warning (caps need not all be reached, but as printed the plan does not fit).
 */
public final class CostsWithinBudget implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-COST-CAP", "成本指标不应超出项目年度预算总额",
            Severity.ERROR, Family.TARGET);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        List<ProjectTarget> targets = TargetTable.projects(d); // by index: the model's immutable list, whose iterator is not always spared
        CostCaps caps = null; // worked out when a project has a budget to compare with
        for (int pi = 0; pi < targets.size(); pi++) {
            ProjectTarget p = targets.get(pi);
            if (p.budgetTotal() == null) {
                continue;
            }
            if (caps == null) {
                caps = CostCaps.of(d, ctx);
            }
            CostCaps.Costs costs = caps.of(pi); // most projects have no cap, and need no label
            if (costs != null) {
                check(p, costs, p.budgetTotal(), out);
            }
        }
    }

    private static void check(ProjectTarget p, CostCaps.Costs costs, Money budget, Findings out) {
        List<Money> caps = costs.caps();
        boolean anyAbove = false;
        for (int c = 0; c < caps.size(); c++) {
            Money cap = caps.get(c);
            if (cap.compareTo(budget) > 0) {
                anyAbove = true;
                reportAbove(TargetTable.of(p), costs.indicators().get(c), cap, budget, out);
            }
        }
        if (caps.size() > 1 && !anyAbove) { // the sum only where one cap above the budget has not been reported
            Money sum = Money.sum(caps);
            if (sum.compareTo(budget) > 0) {
                reportSum(TargetTable.of(p), costs, budget, sum, out);
            }
        }
    }

    private static void reportAbove(TargetTable t, Indicator i, Money cap, Money budget, Findings out) {
        out.add(new Finding(INFO.id(), Severity.ERROR, t.place(i, "指标值"), List.of(t.place("年度预算总额")),
                "成本指标“" + i.level3() + "”" + Indicators.printed(i) + "超出了项目年度预算总额。",
                budget, "不超过年度预算总额", cap, null));
    }

    private static void reportSum(TargetTable t, CostCaps.Costs costs, Money budget, Money sum, Findings out) {
        List<Location> related = costs.indicators().stream().map(i -> t.place(i, "指标值")).toList();
        out.add(new Finding(INFO.id(), Severity.WARNING, t.place("年度预算总额"), related,
                t.label() + "中各成本指标合计（" + Places.sumText(costs.indicators().stream().map(Indicator::level3).toList(), costs.caps())
                        + "）超出了项目年度预算总额。",
                budget, "不超过年度预算总额", sum, null));
    }
}

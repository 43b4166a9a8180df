package org.budgetdisclosure.check.rules.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        for (int pi = 0; pi < targets.size(); pi++) {
            ProjectTarget p = targets.get(pi);
            if (p.budgetTotal() != null && anyCap(p)) {
                check(TargetTable.of(p), p.budgetTotal(), out);
            }
        }
    }

    /** Whether the project has a cost cap to compare: most have none, and need no label. */
    private static boolean anyCap(ProjectTarget p) {
        List<Indicator> indicators = p.indicators(); // by index: the model's immutable list, whose iterator is not always spared
        for (int ii = 0; ii < indicators.size(); ii++) {
            Indicator i = indicators.get(ii);
            if (Indicators.cap(i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static void check(TargetTable t, Money budget, Findings out) {
        List<Indicator> costs = new ArrayList<>();
        List<Money> caps = new ArrayList<>();
        List<Indicator> indicators = t.indicators(); // by index: the model's immutable list, whose iterator is not always spared
        for (int ii = 0; ii < indicators.size(); ii++) {
            Indicator i = indicators.get(ii);
            Optional<Money> cap = Indicators.cap(i);
            if (cap.isEmpty()) {
                continue;
            }
            costs.add(i);
            caps.add(cap.get());
            if (cap.get().compareTo(budget) > 0) {
                out.add(new Finding(INFO.id(), Severity.ERROR, t.place(i, "指标值"), List.of(t.place("年度预算总额")),
                        "成本指标“" + i.level3() + "”" + Indicators.printed(i) + "超出了项目年度预算总额。",
                        budget, "不超过年度预算总额", cap.get(), null));
            }
        }
        Money sum = Money.sum(caps);
        if (costs.size() > 1 && sum.compareTo(budget) > 0 && caps.stream().noneMatch(c -> c.compareTo(budget) > 0)) {
            List<Location> related = costs.stream().map(i -> t.place(i, "指标值")).toList();
            out.add(new Finding(INFO.id(), Severity.WARNING, t.place("年度预算总额"), related,
                    t.label() + "中各成本指标合计（" + Places.sumText(costs.stream().map(Indicator::level3).toList(), caps)
                            + "）超出了项目年度预算总额。",
                    budget, "不超过年度预算总额", sum, null));
        }
    }
}

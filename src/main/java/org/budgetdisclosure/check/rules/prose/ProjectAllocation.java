package org.budgetdisclosure.check.rules.prose;

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
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectDescription;

/**
 * A project's 资金分配情况 adds up to its 预算安排规模: a total the allocation text states (“本项目资金
 * 共计50万元”) equals the budget exactly, and the amounts of its parts add up to the budget (within the
 * rounding of that many printed parts). A text that names no amounts is not checked.
 */
public final class ProjectAllocation implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-ALLOCATION", "项目资金分配之和应等于预算安排规模", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        List<ProjectDescription> projects = d.explanation().projects(); // by index: the model's immutable list, whose iterator is not always spared
        for (int pi = 0; pi < projects.size(); pi++) {
            ProjectDescription p = projects.get(pi);
            if (p.amount() == null) {
                continue;
            }
            if (p.statedTotal() != null && !p.statedTotal().equals(p.amount())) { // equal: nothing to report or build
                out.requireEqual(INFO, ProsePlaces.allocation(p), List.of(ProsePlaces.project(p, "预算安排规模")),
                        "项目“" + p.name() + "”资金分配情况所述合计 " + p.statedTotal().formatted() + " 万元应等于预算安排规模。",
                        p.amount(), "预算安排规模", p.statedTotal(), 1);
            }
            if (!p.allocation().isEmpty() && !addsUp(p.allocation(), p.amount())) {
                reportParts(p, out);
            }
        }
    }

    /**
     * Whether the parts add up to the budget exactly: the usual project, told without the lists of names
     * and amounts (or the sum's Money) the finding needs. All amounts are at scale 2, so comparing is equality.
     */
    private static boolean addsUp(List<AllocationPart> parts, Money budget) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            total = total.add(parts.get(i).amount().value());
        }
        return total.compareTo(budget.value()) == 0;
    }

    private static void reportParts(ProjectDescription p, Findings out) {
        List<AllocationPart> parts = p.allocation();
        List<String> names = new ArrayList<>(parts.size());
        List<Money> amounts = new ArrayList<>(parts.size());
        for (AllocationPart a : parts) {
            names.add(a.label());
            amounts.add(a.amount());
        }
        Money sum = Money.sum(amounts);
        out.requireEqual(INFO, ProsePlaces.allocation(p), List.of(ProsePlaces.project(p, "预算安排规模")),
                "项目“" + p.name() + "”资金分配各项之和（" + Places.sumText(names, amounts) + " = " + sum.formatted()
                        + "）应等于预算安排规模。",
                p.amount(), "预算安排规模", sum, amounts.size());
    }
}

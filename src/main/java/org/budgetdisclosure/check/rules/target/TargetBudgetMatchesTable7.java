package org.budgetdisclosure.check.rules.target;

import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.check.rules.ProjectMatching.Pair;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;

/**
 * A project target table's 年度预算总额 equals the project's amount in 表7 (its 项目支出合计, summed
 * when the project is split over several function codes). 表7 holds the general public budget only, so
 * when the target table shows other funds (其他资金 above zero) its 财政拨款 is compared instead.
 * Projects paired by a near-miss name are compared too: TGT-PROJECT-MATCH reports the name.
 */
public final class TargetBudgetMatchesTable7 implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-PROJECT-BUDGET", "项目绩效目标表的年度预算总额应等于表7 中该项目的金额",
            Severity.ERROR, Family.TARGET);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        ProjectMatching.Result<ProjectTarget> m = TargetTable.matched(d, ctx);
        for (Pair<ProjectTarget> p : m.all()) {
            ProjectTarget t = p.other();
            boolean otherFunds = t.other() != null && t.other().signum() > 0 && t.fiscal() != null;
            Money printed = otherFunds ? t.fiscal() : t.budgetTotal();
            String field = otherFunds ? "财政拨款" : "年度预算总额";
            if (printed == null || printed.equals(p.project().amount())) {
                continue; // the reader reports a target table without 年度预算总额; equal is the usual case
            }
            out.requireEqual(INFO, TargetTable.of(t).place(field), p.project().places(),
                    "项目“" + p.project().name() + "”绩效目标表的" + field + "应等于表7 中该项目的金额。",
                    p.project().amount(), p.project().how(), printed, p.project().rows().size());
        }
    }
}

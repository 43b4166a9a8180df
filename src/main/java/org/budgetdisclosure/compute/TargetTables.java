package org.budgetdisclosure.compute;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Targets;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.DepartmentGoal;
import org.budgetdisclosure.model.budget.Project;

/**
 * The performance target tables: the department's, whose funds are the whole budget split into
 * 上级安排 (transfers), 本级安排 (the rest of the financial appropriations) and 其他资金, and one per
 * project with money, whose 年度预算总额 is the project's lines.
 */
final class TargetTables {

    private final Budget budget;
    private final Ledger ledger;
    private final SourceRef at;

    TargetTables(Budget budget, Ledger ledger, SourceRef at) {
        this.budget = budget;
        this.ledger = ledger;
        this.at = at;
    }

    Targets targets() {
        return new Targets(department(), projects());
    }

    private DepartmentTarget department() {
        DepartmentGoal g = budget.target();
        if (g == null) {
            return null;
        }
        Money superior = ledger.sum(l -> l.source().isTransfer());
        Money own = ledger.sum(l -> l.source().isFiscal() && !l.source().isTransfer());
        Money other = ledger.sum(l -> !l.source().isFiscal());
        return new DepartmentTarget(budget.department().year(), budget.department().name(), g.contact(), g.phone(), g.goal(),
                superior, own, other, superior.plus(own).plus(other), g.indicators(), at);
    }

    private List<ProjectTarget> projects() {
        List<ProjectTarget> out = new ArrayList<>();
        for (Project p : budget.projects()) {
            List<BudgetLine> lines = ledger.where(Ledger.projectNamed(p.name()).and(Ledger.project()));
            if (lines.isEmpty()) {
                continue;
            }
            Money fiscal = Ledger.sum(lines, Ledger.fiscal());
            Money total = Ledger.sum(lines, Ledger.all());
            String unit = p.unit() == null || p.unit().isBlank() ? budget.department().name() : p.unit();
            out.add(new ProjectTarget(budget.department().year(), unit, p.name(), p.manager(), total, fiscal, total.minus(fiscal),
                    p.goal(), p.indicators(), at));
        }
        return out;
    }
}

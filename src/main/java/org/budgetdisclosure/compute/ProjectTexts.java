package org.budgetdisclosure.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.Project;

/** Section 7's project descriptions: one per project of 表7, in 表7's order, with its 表7 amount. */
final class ProjectTexts {

    private final Budget budget;
    private final SourceRef at;

    ProjectTexts(Budget budget, SourceRef at) {
        this.budget = budget;
        this.at = at;
    }

    List<ProjectDescription> describe(Table t7) {
        List<String> order = new ArrayList<>();
        for (Row r : t7.rows()) {
            if (r.kind() == RowKind.PROJECT && !order.contains(r.projectName())) {
                order.add(r.projectName());
            }
        }
        List<ProjectDescription> out = new ArrayList<>();
        for (String name : order) {
            Money amount = Money.sum(t7.rows().stream().filter(r -> r.kind() == RowKind.PROJECT && name.equals(r.projectName()))
                    .map(r -> r.amount("total")).toList());
            out.add(describe(name, amount, find(name)));
        }
        return out;
    }

    private Optional<Project> find(String name) {
        return budget.projects().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private ProjectDescription describe(String name, Money amount, Optional<Project> project) {
        if (project.isEmpty()) {
            return new ProjectDescription(name, null, amount, budget.department().name(), null, null, List.of(), null, null, null, at);
        }
        Project p = project.get();
        List<String> parts = new ArrayList<>();
        for (AllocationPart a : p.allocation()) {
            parts.add(a.label() + a.amount().formatted() + "万元");
        }
        String text = (parts.isEmpty() ? "" : String.join("，", parts) + "。")
                + (p.allocationNote() == null ? "" : p.allocationNote());
        String period = p.start() == null || p.end() == null ? null : Chinese.date(p.start()) + "-" + Chinese.date(p.end());
        String unit = p.unit() == null || p.unit().isBlank() ? budget.department().name() : p.unit();
        return new ProjectDescription(name, p.policyBasis(), amount, unit, text, null, p.allocation(), period, p.start(), p.end(), at);
    }
}

package org.budgetdisclosure.model.budget;

import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Money;

/**
 * A department's budget as entered: everything its disclosure is computed from.
 *
 * @param department   profile and cover
 * @param lines        the line items; every table is a sum of them
 * @param projects     the projects the project lines name
 * @param target       the department's overall performance target, or null
 * @param lastYear     last year's figures and the reasons for the changes, by key: {@code total}; the
 *                     sources {@code gpb gpbTransfer fund fundTransfer soe soeTransfer specialAccount
 *                     unitFunds carryover}; {@code basic project} (all funds) and {@code gpbBasic
 *                     gpbProject} (general public budget; when absent and all basic/project spending is
 *                     general public budget, {@code basic}/{@code project} stand for them); any function
 *                     code ({@code 201}, {@code 2010301}); {@code sangong sangong.travelAbroad
 *                     sangong.reception sangong.vehiclePurchase sangong.vehicleRunning}; {@code runningCosts}
 * @param names        names of codes the catalog of the year lacks (code → name)
 * @param purposes     what each function 类 is mainly used for (主要用于…), by 类 code
 * @param runningCosts 机关运行经费 when it is not simply the 公用经费 (a unit that is not purely
 *                     administrative); null to compute it
 * @param procurement  政府采购, or null when there is none
 * @param assets       国有资产占用使用情况 (its {@code at} is ignored), or null
 * @param otherNotes   其他需说明的事项, or null for none
 * @param glossary     名词解释; empty for the standard list
 */
public record Budget(Department department, List<BudgetLine> lines, List<Project> projects, DepartmentGoal target,
                     Map<String, PriorFigure> lastYear, Map<String, String> names, Map<String, String> purposes,
                     Money runningCosts, ProcurementPlan procurement, Assets assets, String otherNotes,
                     List<GlossaryTerm> glossary) {

    public Budget {
        lines = List.copyOf(lines);
        projects = List.copyOf(projects);
        lastYear = Map.copyOf(lastYear);
        names = Map.copyOf(names);
        purposes = Map.copyOf(purposes);
        glossary = List.copyOf(glossary);
    }
}

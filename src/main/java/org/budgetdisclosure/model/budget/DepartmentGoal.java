package org.budgetdisclosure.model.budget;

import java.util.List;
import org.budgetdisclosure.model.Indicator;

/** The department's overall performance target (部门整体绩效目标): what is entered; the funds are computed. */
public record DepartmentGoal(String contact, String phone, String goal, List<Indicator> indicators) {

    public DepartmentGoal {
        indicators = List.copyOf(indicators);
    }
}

package org.budgetdisclosure.model;

import java.util.List;

/** The performance target tables printed in part 3: the department's and one per project. */
public record Targets(DepartmentTarget department, List<ProjectTarget> projects) {

    public Targets {
        projects = List.copyOf(projects);
    }
}

package org.budgetdisclosure.check.rules.target;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.SourceRef;

/**
 * A performance target table as the target rules see it, the department's or a project's: a label
 * for messages, its budget, its indicators and where it was printed.
 *
 * @param label   {@code 部门整体绩效目标表} or {@code 项目支出绩效目标表“运行补助经费”}
 * @param project the project's target, null for the department's
 */
record TargetTable(String label, ProjectTarget project, Money total, List<Indicator> indicators, SourceRef at) {

    static final String DEPARTMENT_LABEL = "部门整体绩效目标表";

    static TargetTable of(DepartmentTarget t) {
        return new TargetTable(DEPARTMENT_LABEL, null, t.total(), t.indicators(), t.at());
    }

    static TargetTable of(ProjectTarget t) {
        String name = t.projectName() == null ? "（未读到项目名称）" : "“" + t.projectName() + "”";
        return new TargetTable("项目支出绩效目标表" + name, t, t.budgetTotal(), t.indicators(), t.at());
    }

    private static final Object ALL = new Object();

    /** As {@link #all(Disclosure)}, made once per check: several rules walk every table. */
    static List<TargetTable> all(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, ALL, TargetTable::all);
    }

    /** The department's table (when printed) first, then the projects' in printed order. */
    static List<TargetTable> all(Disclosure d) {
        List<TargetTable> out = new ArrayList<>();
        if (d.targets() == null) {
            return List.of();
        }
        if (d.targets().department() != null) {
            out.add(of(d.targets().department()));
        }
        for (ProjectTarget p : d.targets().projects()) {
            out.add(of(p));
        }
        return List.copyOf(out);
    }

    private static final Object MATCHED = new Object();

    /** The project target tables paired with 表7's projects, worked out once per check for the rules that need it. */
    static ProjectMatching.Result<ProjectTarget> matched(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, MATCHED, x -> ProjectMatching.match(ProjectMatching.table7(x, ctx), projects(x), ProjectTarget::projectName));
    }

    static List<ProjectTarget> projects(Disclosure d) {
        return d.targets() == null ? List.of() : d.targets().projects();
    }

    boolean isDepartment() {
        return project == null;
    }

    /** The table's title line, naming {@code field} (a field or column of the table). */
    Location place(String field) {
        return at(at, field);
    }

    /** An indicator's row of this table. */
    Location place(Indicator i, String column) {
        String name = i.level3() == null ? "（未读到指标名称）" : i.level3();
        return at(i.at() == null ? at : i.at(), column == null ? name : name + " › " + column);
    }

    private Location at(SourceRef where, String column) {
        Location base = Location.of(where);
        return new Location(base.source(), base.line(), base.page(), null, label, column, null);
    }
}

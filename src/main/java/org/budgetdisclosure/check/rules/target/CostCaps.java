package org.budgetdisclosure.check.rules.target;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectTarget;

/**
 * The money cost caps ({@link Indicators#cap}) of each project target table of a document, worked out
 * once per check: TGT-COST-ALLOC and TGT-COST-CAP both compare them, and each worked out every
 * indicator's value, unit, kind and rounded amount again (TGT-COST-CAP twice).
 */
final class CostCaps {

    private static final Object KEY = new Object();

    /** One project's cost indicators with a cap, and the caps, parallel and in printed order. */
    record Costs(List<Indicator> indicators, List<Money> caps) {
    }

    /** By the index of the project in {@link TargetTable#projects}: its costs, null for a project with none. */
    private final Costs[] byProject;

    private CostCaps(Disclosure d) {
        List<ProjectTarget> projects = TargetTable.projects(d);
        byProject = new Costs[projects.size()];
        for (int pi = 0; pi < projects.size(); pi++) {
            byProject[pi] = costs(projects.get(pi));
        }
    }

    /** The document's caps, made by the first rule to ask. */
    static CostCaps of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, CostCaps::new);
    }

    /** The costs of project {@code pi} of {@link TargetTable#projects}, null when it has no cap. */
    Costs of(int pi) {
        return byProject[pi];
    }

    private static Costs costs(ProjectTarget p) {
        List<Indicator> costs = null;
        List<Money> caps = null;
        List<Indicator> indicators = p.indicators(); // by index: the model's immutable list, whose iterator is not always spared
        for (int ii = 0; ii < indicators.size(); ii++) {
            Indicator i = indicators.get(ii);
            Money cap = Indicators.capOrNull(i);
            if (cap != null) {
                if (costs == null) {
                    costs = new ArrayList<>(4);
                    caps = new ArrayList<>(4);
                }
                costs.add(i);
                caps.add(cap);
            }
        }
        return costs == null ? null : new Costs(costs, caps);
    }
}

package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.portal.Edition;

/** The charts of a disclosure page, in the order the page shows them; a chart without figures is left out. */
public final class Charts {

    private Charts() {
    }

    /**
     * @param current the disclosure shown
     * @param others  the same department's published documents of other years (latest version of each)
     */
    public static List<Chart> of(Disclosure current, List<Edition> others) {
        List<Chart> charts = new ArrayList<>();
        SpendingTree.of(current).ifPresent(charts::add);
        SpendingNature.basicAndProject(current).ifPresent(charts::add);
        SpendingNature.personnelAndPublic(current).ifPresent(charts::add);
        EconomicClasses.of(current).ifPresent(charts::add);
        YearChanges.of(current, lastYear(current, others)).ifPresent(charts::add);
        SangongYears.of(current, others.stream().sorted(Comparator.comparingInt(Edition::year).reversed()).toList())
                .ifPresent(charts::add);
        return charts;
    }

    /** The edition of the year before the current one, if the portal has it. */
    static Optional<Edition> lastYear(Disclosure current, List<Edition> others) {
        Integer y = current.header().year();
        return y == null ? Optional.empty() : others.stream().filter(e -> e.year() == y - 1)
                .max(Comparator.comparingInt(Edition::versionNo));
    }
}

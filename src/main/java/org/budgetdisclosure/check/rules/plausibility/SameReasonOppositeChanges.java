package org.budgetdisclosure.check.rules.plausibility;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.prose.ProseNames;
import org.budgetdisclosure.check.rules.prose.ProsePlaces;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;

/**
 * One reason given, word for word, for changes that go opposite ways: a reason that explains an
 * increase cannot also explain a decrease, so at least one of them is boilerplate. The same reason for
 * several changes in the same direction is normal (“机构改革后，事业编制人员减少，相应经费减少” for every
 * line that fell) and not reported. Zero changes are left out: they need no reason.
 */
public final class SameReasonOppositeChanges implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PLAUS-SAME-REASON", "同一原因被用来解释方向相反的增减", Severity.WARNING, Family.PLAUSIBILITY);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        // each fact's group: the position of the first fact with the same reason (-1: none to compare).
        // Found by comparing reasons in place rather than a map of keyed reasons to lists: a few dozen
        // reasons, most of them alone
        List<Fact> facts = d.explanation().facts();
        int n = facts.size();
        int[] groupOf = new int[n];
        boolean shared = false;
        for (int i = 0; i < n; i++) {
            Fact f = facts.get(i);
            boolean moved = f.change() != null && f.change().direction() != Direction.FLAT
                    && (f.change().amount() == null || !f.change().amount().isZero());
            if (!moved || f.reason() == null || !ProseNames.hasText(f.reason())) {
                groupOf[i] = -1; // no reason to key (textKey of null is empty)
                continue;
            }
            groupOf[i] = i;
            for (int j = 0; j < i; j++) {
                if (groupOf[j] == j && ProseNames.sameText(facts.get(j).reason(), f.reason())) {
                    groupOf[i] = j;
                    shared = true;
                    break;
                }
            }
        }
        if (!shared) {
            return; // every reason is given once
        }
        for (int lead = 0; lead < n; lead++) { // the groups in order of their first fact
            if (groupOf[lead] != lead) {
                continue;
            }
            boolean anyUp = false;
            boolean anyDown = false;
            for (int i = lead; i < n; i++) {
                if (groupOf[i] == lead) {
                    anyUp |= facts.get(i).change().direction() == Direction.INCREASE;
                    anyDown |= facts.get(i).change().direction() == Direction.DECREASE;
                }
            }
            if (!anyUp || !anyDown) {
                continue; // the usual group: one reason for changes one way (or a reason given once)
            }
            List<Fact> group = new ArrayList<>();
            for (int i = lead; i < n; i++) {
                if (groupOf[i] == lead) {
                    group.add(facts.get(i));
                }
            }
            List<Fact> up = group.stream().filter(f -> f.change().direction() == Direction.INCREASE).toList();
            List<Fact> down = group.stream().filter(f -> f.change().direction() == Direction.DECREASE).toList();
            Fact first = group.get(0);
            List<Location> related = group.stream().filter(f -> f != first).map(f -> ProsePlaces.fact(f, "原因")).toList();
            out.report(INFO, INFO.severity(), ProsePlaces.fact(first, "原因"), related,
                    "同一原因“" + first.reason() + "”既用来解释增加（" + names(up) + "），又用来解释减少（" + names(down) + "）。");
        }
    }

    private static String names(List<Fact> facts) {
        return String.join("、", facts.stream().map(f -> "第" + f.section() + "节 " + f.subject().text()).toList());
    }
}

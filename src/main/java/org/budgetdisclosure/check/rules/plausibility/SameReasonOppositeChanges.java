package org.budgetdisclosure.check.rules.plausibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<Fact>> byReason = new LinkedHashMap<>();
        for (Fact f : d.explanation().facts()) {
            boolean moved = f.change() != null && f.change().direction() != Direction.FLAT
                    && (f.change().amount() == null || !f.change().amount().isZero());
            if (!moved || f.reason() == null) {
                continue; // no reason to key (textKey of null is empty)
            }
            String key = ProseNames.textKey(f.reason());
            if (!key.isEmpty()) {
                byReason.computeIfAbsent(key, k -> new ArrayList<>(2)).add(f);
            }
        }
        for (List<Fact> group : byReason.values()) {
            if (group.size() < 2) {
                continue; // one change cannot go both ways
            }
            boolean anyUp = false;
            boolean anyDown = false;
            for (Fact f : group) {
                anyUp |= f.change().direction() == Direction.INCREASE;
                anyDown |= f.change().direction() == Direction.DECREASE;
            }
            if (!anyUp || !anyDown) {
                continue; // the usual group: one reason for changes one way
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

package org.budgetdisclosure.check.rules.completeness;

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
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SubjectKind;

/**
 * Section 10 covers each of the four “三公” items (因公出国（境）费用, 公务接待费, 公务用车购置, 公务用车运行维护费):
 * its amount (or that it is not arranged), its change from last year, and the reason for a change.
 * A zero change needs no reason. A statement about 公务用车购置及运行维护费 as a whole covers both
 * vehicle items. Not checked when section 10 is missing: the reader reports that.
 */
public final class SangongExplained implements Rule {

    public static final RuleInfo INFO = new RuleInfo("COMP-SANGONG", "第十节应说明“三公”经费各项的金额、增减及原因",
            Severity.WARNING, Family.COMPLETENESS);

    static final int SECTION = 10;

    /** The four items, by the fact keys part 3's reader gives them, with their printed names. */
    private static final Map<String, String> ITEMS = new LinkedHashMap<>();

    static {
        ITEMS.put("travelAbroad", "因公出国（境）费用");
        ITEMS.put("reception", "公务接待费");
        ITEMS.put("vehiclePurchase", "公务用车购置");
        ITEMS.put("vehicleRunning", "公务用车运行维护费");
    }

    private static final String VEHICLE_TOGETHER = "vehicle";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        Section section = d.explanation().section(SECTION);
        if (section == null) {
            return;
        }
        List<Fact> facts = new ArrayList<>();
        List<Fact> all = d.explanation().facts(); // by index: the model's immutable list, whose iterator is not always spared
        for (int fi = 0; fi < all.size(); fi++) {
            Fact f = all.get(fi);
            if (f.section() == SECTION && f.subject() != null && f.subject().kind() == SubjectKind.SANGONG) {
                facts.add(f);
            }
        }
        for (Map.Entry<String, String> item : ITEMS.entrySet()) {
            String key = item.getKey();
            String name = item.getValue();
            List<Fact> about = new ArrayList<>();
            for (Fact f : facts) {
                if (key.equals(f.subject().key()) || key.startsWith(VEHICLE_TOGETHER) && VEHICLE_TOGETHER.equals(f.subject().key())) {
                    about.add(f);
                }
            }
            List<String> missing = missing(about);
            if (!missing.isEmpty()) {
                Location at = about.isEmpty() ? Location.of(section.at()).inSection(SECTION) : Location.of(about.get(0).at()).inSection(SECTION);
                out.report(INFO, INFO.severity(), new Location(at.source(), at.line(), at.page(), null, name, null, SECTION), List.of(),
                        "第十节对“三公”经费中的" + name + "缺少" + String.join("、", missing) + "的说明。");
            }
        }
    }

    static List<String> missing(List<Fact> about) {
        boolean stated = false;
        boolean anyChange = false;
        boolean changed = false;
        boolean reasoned = false;
        for (Fact f : about) {
            stated |= f.amount() != null || f.notArranged();
            if (f.change() != null) {
                anyChange = true;
                changed |= f.change().amount() != null && !f.change().amount().isZero();
            }
            reasoned |= f.reason() != null && !f.reason().isBlank();
        }
        if (stated && anyChange && (!changed || reasoned)) {
            return List.of(); // the usual item, fully explained
        }
        List<String> missing = new ArrayList<>(2);
        if (!stated) {
            missing.add("预算数");
        }
        if (!anyChange) {
            missing.add("比上年增减");
        } else if (changed && !reasoned) {
            missing.add("增减原因");
        }
        return missing;
    }
}

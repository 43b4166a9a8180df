package org.budgetdisclosure.check.rules.prose;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Procurement;

/**
 * 政府采购情况: the total equals goods + works + services (a sum of printed parts, with their rounding
 * tolerance); the reserve for small and medium firms (中小企业) is inside the total, and the reserve for
 * small and micro firms (小微企业), a part of it, inside the SME reserve.
 */
public final class ProcurementParts implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-PROCUREMENT", "政府采购预算应等于货物、工程、服务之和，预留份额不超过总额", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Procurement p = d.explanation() == null || d.explanation().other() == null ? null : d.explanation().other().procurement();
        if (p == null) {
            return;
        }
        Location at = ProsePlaces.at(p.at(), ProsePlaces.OTHER_SECTION, "政府采购", null);
        List<String> names = new ArrayList<>();
        List<Money> parts = new ArrayList<>();
        add(names, parts, "货物", p.goods());
        add(names, parts, "工程", p.works());
        add(names, parts, "服务", p.services());
        if (p.total() != null && !parts.isEmpty() && !Money.sum(parts).equals(p.total())) { // equal: no message to build
            out.requireEqual(INFO, at, List.of(), "政府采购预算应等于货物、工程、服务预算之和。",
                    Money.sum(parts), Places.sumText(names, parts), p.total(), parts.size());
        }
        Location reserves = p.reservesAt() == null ? at : ProsePlaces.at(p.reservesAt(), ProsePlaces.OTHER_SECTION, "政府采购", "预留");
        atMost(p.smeReserve(), "面向中小企业预留", p.total(), "政府采购预算", reserves, out);
        Money limit = p.smeReserve() != null ? p.smeReserve() : p.total();
        atMost(p.smallMicroReserve(), "面向小微企业预留", limit, p.smeReserve() != null ? "面向中小企业预留" : "政府采购预算", reserves, out);
    }

    private static void add(List<String> names, List<Money> parts, String name, Money m) {
        if (m != null) {
            names.add(name);
            parts.add(m);
        }
    }

    private static void atMost(Money part, String partName, Money whole, String wholeName, Location at, Findings out) {
        if (part == null || whole == null || part.compareTo(whole) <= 0) {
            return;
        }
        out.add(new Finding(INFO.id(), INFO.severity(), at, List.of(),
                partName + "的 " + part.formatted() + " 万元超过了" + wholeName + " " + whole.formatted() + " 万元。",
                whole, wholeName + "（上限）", part, null));
    }
}

package org.budgetdisclosure.check.rules.target;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.ProjectTarget;

/**
 * A project's cost indicator and the part of its 资金分配情况 (part 3, section 7) that names the same
 * thing give the same amount. Both are the project's plan for one use of its money, so two figures
 * are two plans: a warning with both, whichever is right. A “≤” cap above the allocated amount is
 * reported too: in practice a cap is the amount planned (the sample's caps add up to the budget).
 *
 * <p>Only clear pairs are compared: after dropping the generic words they end with (费, 费用, 经费, 资金, 支出,
 * 成本) the two names are equal, or one contains the other and the shorter has at least four characters, and
 * the pairing is one to one. “维护费” is not paired with “电子政务运行维护”: “维护” says too little.
 */
public final class CostsMatchAllocation implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-COST-ALLOC", "成本指标应与项目资金分配情况一致",
            Severity.WARNING, Family.TARGET);

    /** Part 3's section that describes the projects (一般公共预算项目支出情况说明). */
    private static final int DESCRIPTIONS_SECTION = 7;

    /** Below four characters a contained name is too generic to call the same use of money. */
    private static final int MIN_CONTAINED = 4;

    /** Words that say “money” and nothing about its use; longest first so 费用 goes before 费. */
    private static final String[] GENERIC = {"费用", "经费", "资金", "支出", "成本", "费"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        List<ProjectDescription> descriptions = d.explanation().projects();
        List<String> descriptionKeys = null; // each description's key worked out once, not once per target
        CostCaps caps = null;
        List<ProjectTarget> targets = TargetTable.projects(d); // by index: the model's immutable list, whose iterator is not always spared
        for (int pi = 0; pi < targets.size(); pi++) {
            ProjectTarget t = targets.get(pi);
            String key = ProjectMatching.key(t.projectName());
            if (key.isEmpty()) {
                continue;
            }
            if (descriptionKeys == null) {
                descriptionKeys = new ArrayList<>(descriptions.size());
                for (ProjectDescription p : descriptions) {
                    descriptionKeys.add(ProjectMatching.key(p.name()));
                }
                caps = CostCaps.of(d, ctx);
            }
            int at = descriptionKeys.indexOf(key);
            CostCaps.Costs costs = caps.of(pi);
            if (at >= 0 && costs != null) {
                check(t, costs, descriptions.get(at), out);
            }
        }
    }

    private static void check(ProjectTarget target, CostCaps.Costs costs, ProjectDescription p, Findings out) {
        List<Indicator> indicators = costs.indicators();
        List<AllocationPart> parts = p.allocation();
        if (parts.isEmpty()) {
            return; // nothing to pair a cost with
        }
        // the uses of the costs and the parts, each worked out once rather than once per pair tried
        List<String> costUses = new ArrayList<>(indicators.size());
        for (int c = 0; c < indicators.size(); c++) {
            costUses.add(use(indicators.get(c).level3()));
        }
        List<String> partUses = new ArrayList<>(parts.size());
        for (int a = 0; a < parts.size(); a++) {
            partUses.add(use(parts.get(a).label()));
        }
        for (int c = 0; c < indicators.size(); c++) {
            int part = partFor(c, costUses, parts, partUses);
            if (part >= 0 && parts.get(part).amount().compareTo(costs.caps().get(c)) != 0) {
                report(target, indicators.get(c), costs.caps().get(c), p, parts.get(part), out);
            }
        }
    }

    /** The finding for a cost whose cap is not the amount the part of the allocation that names it gives. */
    private static void report(ProjectTarget target, Indicator i, Money cap, ProjectDescription p, AllocationPart part, Findings out) {
        Money allocated = part.amount();
        Operator op = i.value().operator();
        String verdict = op == Operator.EQ ? "两处不一致"
                : allocated.compareTo(cap) > 0 ? "分配数超出了指标上限" : "分配数低于指标上限，两处计划不一致";
        Location partAt = Location.of(p.at());
        TargetTable t = TargetTable.of(target);
        out.add(new Finding(INFO.id(), INFO.severity(), t.place(i, "指标值"),
                List.of(new Location(partAt.source(), partAt.line(), partAt.page(), null, "项目“" + p.name() + "” 资金分配情况", part.label(), DESCRIPTIONS_SECTION)),
                "资金分配情况中“" + part.label() + "”为 " + allocated.formatted() + " 万元，成本指标“" + i.level3() + "”为“"
                        + Indicators.printed(i) + "”：" + verdict + "。",
                allocated, "资金分配情况“" + part.label() + "”", cap, null));
    }

    /**
     * The index of the allocation part that clearly names the same use as cost {@code cost}, when exactly one
     * does and it names no other cost; else -1. {@code costUses} and {@code partUses} are the {@link #use}s
     * of the costs and of the parts.
     */
    private static int partFor(int cost, List<String> costUses, List<AllocationPart> parts, List<String> partUses) {
        String costUse = costUses.get(cost);
        int hit = -1;
        for (int a = 0; a < parts.size(); a++) {
            if (parts.get(a).amount() != null && same(costUse, partUses.get(a))) {
                if (hit >= 0) {
                    return -1; // two parts name it
                }
                hit = a;
            }
        }
        if (hit < 0) {
            return -1;
        }
        String partUse = partUses.get(hit);
        for (int c = 0; c < costUses.size(); c++) {
            if (c != cost && same(costUses.get(c), partUse)) {
                return -1; // the part names another cost too
            }
        }
        return hit;
    }

    private static boolean same(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        return shorter >= MIN_CONTAINED && (a.contains(b) || b.contains(a));
    }

    /** The name without the generic money words it ends with: 慰问费用 and 慰问经费 both become 慰问. */
    static String use(String name) {
        String k = ProjectMatching.key(name);
        // the words are taken off by moving the end, and the key cut once: a substring per word taken off,
        // and an iterator per pass, were most of what the rule allocated
        int end = k.length();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String word : GENERIC) {
                if (end > word.length() && endsWith(k, end, word)) {
                    end -= word.length();
                    stripped = true;
                }
            }
        }
        return end == k.length() ? k : k.substring(0, end);
    }

    /** Whether {@code k[0, end)} ends with {@code word}, compared from the last character: most names end in none of the words' last. */
    private static boolean endsWith(String k, int end, String word) {
        for (int j = word.length() - 1, i = end - 1; j >= 0; j--, i--) {
            if (k.charAt(i) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}

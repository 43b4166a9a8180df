package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;

/**
 * One quantity stated in two places (two sections, or twice in one) has one amount and one change.
 * “The same quantity” is the same {@link TableFigures#sameMeasure measure}: 基本支出 of section 3 (all funds,
 * 表3) and of section 5 (general public budget, 表5) are different quantities and may differ; 201 in
 * section 4 under “一般公共预算支出包括” and 201 in section 5 are the same one. Each later statement is
 * compared with the first that states the same field.
 */
public final class SameFigureAgrees implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-CONSISTENT", "同一数字在情况说明各处应一致", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        TableFigures figures = TableFigures.of(d, ctx);
        List<Fact> facts = d.explanation().facts();
        // each fact's group: the position of the first fact of its measure (-1: no measure). Found by a
        // linear search rather than a map of lists: a few dozen facts, most of them alone in their group
        int n = facts.size();
        int[] group = new int[n];
        boolean shared = false;
        for (int i = 0; i < n; i++) {
            boolean measured = figures.hasMeasure(i);
            group[i] = measured ? i : -1;
            for (int j = 0; measured && j < i; j++) {
                if (group[j] == j && figures.sameMeasure(i, j)) {
                    group[i] = j;
                    shared = true;
                    break;
                }
            }
        }
        if (!shared) {
            return;
        }
        for (int i = 0; i < n; i++) { // the groups in order of their first fact, as the map kept them
            if (group[i] == i) {
                compare(facts, group, i, out);
            }
        }
    }

    /** Compares the facts of the group whose first fact is at {@code first}; a group of one has nothing to compare. */
    private static void compare(List<Fact> facts, int[] group, int first, Findings out) {
        Fact a = null; // the first that states an amount
        Fact c = null; // the first that states a change
        for (int i = first; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (group[i] != first) {
                continue;
            }
            if (a == null && f.amount() != null) {
                a = f;
            }
            if (c == null && f.change() != null) {
                c = f;
            }
        }
        for (int i = first; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (group[i] != first) {
                continue;
            }
            // equal amounts are the usual case: places and message are built only for a difference
            if (a != null && a != f && f.amount() != null && !a.amount().equals(f.amount())) {
                out.requireEqual(INFO, ProsePlaces.fact(f, "金额"), List.of(ProsePlaces.fact(a, "金额")),
                        "“" + f.subject().text() + "”在第" + a.section() + "节和第" + f.section() + "节的金额不一致。",
                        a.amount(), "第" + a.section() + "节所述", f.amount(), 1);
            }
            if (c != null && c != f && f.change() != null && !sameChange(c.change(), f.change())) {
                out.report(INFO, Severity.ERROR, ProsePlaces.fact(f, "增减"), List.of(ProsePlaces.fact(c, "增减")),
                        "“" + f.subject().text() + "”的增减在第" + c.section() + "节为" + words(c.change()) + "，在第" + f.section()
                                + "节却为" + words(f.change()) + "。");
            }
        }
    }

    /** Same signed amount (or, when either gives none, same direction) and, when both give one, same percentage. */
    private static boolean sameChange(Change a, Change b) {
        boolean amounts = a.amount() != null && b.amount() != null;
        if (amounts ? !a.signedAmount().equals(b.signedAmount()) : a.direction() != b.direction()) {
            return false;
        }
        return a.percent() == null || b.percent() == null || a.percent().compareTo(b.percent()) == 0;
    }

    private static String words(Change c) {
        String dir = switch (c.direction()) {
            case INCREASE -> "增加";
            case DECREASE -> "减少";
            case FLAT -> "持平";
        };
        StringBuilder b = new StringBuilder("“").append(dir);
        if (c.amount() != null && c.direction() != Direction.FLAT) {
            b.append(' ').append(c.amount().formatted()).append(" 万元");
        }
        if (c.percent() != null) {
            b.append("，").append(c.percent().toPlainString()).append('%');
        }
        return b.append('”').toString();
    }
}

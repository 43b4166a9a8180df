package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;

/**
 * One change has one main reason. Two statements are of the same change when they name the same subject
 * (kind and key) with the same amount and the same change — e.g. 基本支出 1,069.18 万元, 增加 43.26 万元
 * in section 3 and again in section 5. Different reasons for it are an error naming both places.
 * Reasons are compared without punctuation and spaces, and one that contains the other counts as the
 * same (“…相应上调” and “…相应上调等”).
 */
public final class OneReasonPerChange implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-REASON", "同一增减不应给出两个不同的原因", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        // each fact's group: the position of the first statement of its change (-1: not compared), found
        // by a linear search: a document states a few dozen changes, and hashing five fields (two of them
        // BigDecimals) per fact cost more than comparing them; positions rather than lists per group
        List<Fact> facts = d.explanation().facts();
        int n = facts.size();
        int[] groupOf = new int[n];
        // each group's later statements chained by position (next[i]: the next of i's group, -1 after the last),
        // so that each group is walked alone rather than every fact tested against every group
        int[] next = new int[n];
        int[] last = new int[n];
        for (int i = 0; i < n; i++) {
            Fact f = facts.get(i);
            groupOf[i] = -1;
            next[i] = -1;
            if (f.reason() != null && f.change() != null && f.subject().key() != null && !f.reason().isBlank()) {
                groupOf[i] = i;
                last[i] = i;
                for (int j = 0; j < i; j++) {
                    if (groupOf[j] == j && sameChange(facts.get(j), f)) {
                        groupOf[i] = j;
                        next[last[j]] = i;
                        last[j] = i;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) { // each later statement against the first, in the order of the groups' first facts
            if (groupOf[i] != i) {
                continue;
            }
            Fact first = facts.get(i);
            String firstKey = null; // the first reason's key, made at the first reason that is not the same text
            for (int k = next[i]; k >= 0; k = next[k]) {
                Fact f = facts.get(k);
                if (!ProseNames.sameText(first.reason(), f.reason())) { // the usual repetition has the same words
                    firstKey = compareKeys(first, firstKey, f, out);
                }
            }
        }
    }

    /**
     * Compares the reasons of two statements of one change whose words differ, by their keys; reports
     * them when they are not one reason. Returns the first's key ({@code firstKey}, made when null).
     * Out of {@link #check}: keys and messages are the rare path, and kept apart the loops compile small.
     */
    private static String compareKeys(Fact first, String firstKey, Fact f, Findings out) {
        String key = firstKey != null ? firstKey : reasonKey(first.reason());
        if (!sameKeys(key, reasonKey(f.reason()))) {
            report(first, f, out);
        }
        return key;
    }

    private static void report(Fact first, Fact f, Findings out) {
        out.report(INFO, Severity.ERROR, ProsePlaces.fact(f, "原因"), List.of(ProsePlaces.fact(first, "原因")),
                "“" + f.subject().text() + "”的同一增减（" + describe(f.change()) + "）在第" + first.section() + "节的原因是“"
                        + first.reason() + "”，在第" + f.section() + "节却是“" + f.reason() + "”。");
    }

    /**
     * Whether two statements are of one change of one figure: the subject (kind and key), the figure, the
     * direction and the amount of the change. Was a map key of these fields (before that the string
     * kind|key|amount|direction|change, which told the same changes apart).
     */
    static boolean sameChange(Fact a, Fact b) {
        Change x = a.change();
        Change y = b.change();
        return a.subject().kind() == b.subject().kind() && x.direction() == y.direction()
                && a.subject().key().equals(b.subject().key())
                && Objects.equals(a.amount(), b.amount()) && Objects.equals(x.amount(), y.amount());
    }

    static boolean sameReason(String a, String b) {
        return sameKeys(reasonKey(a), reasonKey(b));
    }

    /** A reason as {@link #sameReason} compares it: without punctuation, spaces and a trailing 等. */
    private static String reasonKey(String reason) {
        return ProseNames.withoutTrailingDeng(ProseNames.textKey(reason));
    }

    /** Whether two {@link #reasonKey reason keys} are of one reason: one contains the other. */
    private static boolean sameKeys(String x, String y) {
        return x.contains(y) || y.contains(x);
    }

    private static String describe(Change c) {
        String dir = switch (c.direction()) {
            case INCREASE -> "增加";
            case DECREASE -> "减少";
            case FLAT -> "持平";
        };
        return c.amount() == null ? dir : dir + " " + c.amount().formatted() + " 万元";
    }
}

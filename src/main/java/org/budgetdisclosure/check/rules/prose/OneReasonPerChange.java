package org.budgetdisclosure.check.rules.prose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.SubjectKind;

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
        Map<ChangeKey, List<Fact>> byChange = new LinkedHashMap<>();
        for (Fact f : d.explanation().facts()) {
            if (f.reason() != null && !f.reason().isBlank() && f.change() != null && f.subject().key() != null) {
                byChange.computeIfAbsent(changeKey(f), k -> new ArrayList<>()).add(f);
            }
        }
        for (List<Fact> group : byChange.values()) {
            Fact first = group.get(0);
            for (Fact f : group.subList(1, group.size())) {
                if (!sameReason(first.reason(), f.reason())) {
                    out.report(INFO, Severity.ERROR, ProsePlaces.fact(f, "原因"), List.of(ProsePlaces.fact(first, "原因")),
                            "“" + f.subject().text() + "”的同一增减（" + describe(f.change()) + "）在第" + first.section() + "节的原因是“"
                                    + first.reason() + "”，在第" + f.section() + "节却是“" + f.reason() + "”。");
                }
            }
        }
    }

    private static ChangeKey changeKey(Fact f) {
        Change c = f.change();
        return new ChangeKey(f.subject().kind(), f.subject().key(), f.amount(), c.direction(), c.amount());
    }

    /**
     * One change of one figure: the subject, the figure, the direction and the amount of the change. Was
     * the string kind|key|amount|direction|change; as neither the kind nor the last three fields can hold
     * a “|”, the string told the same changes apart as these fields do, without printing two amounts per fact.
     */
    private record ChangeKey(SubjectKind kind, String key, Money amount, Direction direction, Money change) {

        // written out: the record's generated methods go through method handles, slower for a map key
        @Override
        public boolean equals(Object o) {
            return o instanceof ChangeKey k && kind == k.kind && direction == k.direction && key.equals(k.key)
                    && Objects.equals(amount, k.amount) && Objects.equals(change, k.change);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, key, amount, direction, change);
        }
    }

    static boolean sameReason(String a, String b) {
        String x = ProseNames.TRAILING_DENG.matcher(ProseNames.textKey(a)).replaceFirst("");
        String y = ProseNames.TRAILING_DENG.matcher(ProseNames.textKey(b)).replaceFirst("");
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

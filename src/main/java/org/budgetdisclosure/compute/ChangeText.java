package org.budgetdisclosure.compute;

import java.math.BigDecimal;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.budget.PriorFigure;

/**
 * A year-over-year change as the prose words it and as a {@link Change}: “比上年预算增加 98.28 万元，增长
 * 8.69%”. From a zero base there is no percentage: “比上年预算增加 42.81 万元，上年无此项预算” with a null
 * percent; equal figures are “与上年预算持平”, with neither amount nor percentage (a 0 ÷ 0 “增长 0.00%” says
 * nothing).
 *
 * @param words  the clause, without leading comma; empty when last year is unknown
 * @param change the change, or null when last year is unknown
 * @param reason the stated main reason, or null
 */
record ChangeText(String words, Change change, String reason) {

    static final ChangeText NONE = new ChangeText("", null, null);

    static ChangeText of(Money thisYear, PriorFigure prior) {
        if (prior == null || prior.amount() == null) {
            return NONE;
        }
        String reason = prior.reason() == null || prior.reason().isBlank() ? null : prior.reason().strip();
        Money diff = thisYear.minus(prior.amount());
        String words;
        Change change;
        if (diff.isZero()) {
            words = "与上年预算持平";
            // no amount: “持平” prints none, and a Change holds what is printed (the text reader reads it so)
            change = new Change(Direction.FLAT, null, null);
        } else {
            boolean up = diff.signum() > 0;
            BigDecimal percent = Percent.change(thisYear, prior.amount());
            words = "比上年预算" + (up ? "增加" : "减少") + diff.abs().formatted() + "万元，"
                    + (percent == null ? "上年无此项预算" : (up ? "增长" : "下降") + percent.toPlainString() + "%");
            change = new Change(up ? Direction.INCREASE : Direction.DECREASE, diff.abs(), percent);
        }
        return new ChangeText(words, change, reason);
    }

    /** “，比上年…，主要原因是…” to append after an amount; empty when there is nothing to say. */
    String clause() {
        StringBuilder b = new StringBuilder();
        if (!words.isEmpty()) {
            b.append('，').append(words);
        }
        if (reason != null && change != null) {
            b.append("，主要原因是").append(reason);
        }
        return b.toString();
    }

    /** The reason as a fact records it: only with a change. */
    String factReason() {
        return change == null ? null : reason;
    }
}

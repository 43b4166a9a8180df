package org.budgetdisclosure.model;

import java.math.BigDecimal;

/**
 * A stated change from last year's budget: “比上年预算增加 98.28 万元，增长 8.69%”.
 *
 * @param direction as worded (增加/减少/持平)
 * @param amount    the stated change, unsigned as printed
 * @param percent   the stated percentage, unsigned, at its printed scale; null when none is given
 * @param at        where the change was stated, when that differs from its fact's line (or null)
 */
public record Change(Direction direction, Money amount, BigDecimal percent, SourceRef at) {

    /** A change with no provenance of its own (it is where its fact is). */
    public Change(Direction direction, Money amount, BigDecimal percent) {
        this(direction, amount, percent, null);
    }

    /** The same change, read at {@code where} (the statement may be another line than its amount). */
    public Change at(SourceRef where) {
        return new Change(direction, amount, percent, where);
    }

    /** The change with its sign: negative for a decrease. */
    public Money signedAmount() {
        if (amount == null) {
            return null;
        }
        return direction == Direction.DECREASE ? amount.abs().negate() : amount.abs();
    }
}

package org.budgetdisclosure.check;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.Money;

/**
 * One thing the checker found.
 *
 * @param rule      the rule's stable id
 * @param severity  as decided for this occurrence (an equality rule gives NOTICE for rounding drift)
 * @param at        where
 * @param related   other places involved (the other table's cell, the parts of a sum)
 * @param message   one sentence in Chinese
 * @param expected  the figure the rule computed (with {@code expectedHow} saying how), or null
 * @param expectedHow how the expected figure was obtained, e.g. “基本支出 1,000.00 + 项目支出 234.56”
 * @param actual    the figure printed, or null
 * @param tolerance the rounding tolerance applied, or null
 */
public record Finding(String rule, Severity severity, Location at, List<Location> related, String message,
                      Money expected, String expectedHow, Money actual, Money tolerance) {

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** actual − expected, or null unless both are known. */
    public Money difference() {
        return expected == null || actual == null ? null : actual.minus(expected);
    }

    public BigDecimal absoluteDifference() {
        Money d = difference();
        return d == null ? null : d.value().abs();
    }
}

package org.budgetdisclosure.model;

import java.math.BigDecimal;

/**
 * A figure stated in the prose of part 3, with what it is about.
 *
 * @param section      the section number (1–13)
 * @param subject      what the figure is the figure of
 * @param amount       the stated amount in 万元; null when none is stated
 * @param notArranged  the prose says the item is not arranged (“…未安排”), with no amount
 * @param sharePercent the stated share (“占 86.95%”) at its printed scale, or null
 * @param change       the stated change from last year, or null
 * @param reason       the stated main reason (“主要原因是…”), or null
 * @param purpose      what it is mainly used for (“主要用于…”), or null
 * @param at           where it was read
 */
public record Fact(int section, Subject subject, Money amount, boolean notArranged, BigDecimal sharePercent,
                   Change change, String reason, String purpose, SourceRef at) {
}

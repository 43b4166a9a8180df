package org.budgetdisclosure.model.budget;

import org.budgetdisclosure.model.Money;

/**
 * Last year's budget figure of one quantity, and the main reason it changed (主要原因), if given.
 * Keys are listed in {@link Budget#lastYear()}.
 */
public record PriorFigure(Money amount, String reason) {
}

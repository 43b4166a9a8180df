/**
 * compute(Budget) → Disclosure (issue 4): the twelve tables as sums of the budget's line items, part 3's
 * thirteen sections as paragraphs and facts (shares, year-over-year changes), the target tables and the
 * glossary. Rounding policy: the budget's amounts are already at 0.01 万元, so every table figure is an
 * exact sum; a share or a change's percentage is computed in BigDecimal and rounded half-up once, to two
 * decimals ({@link org.budgetdisclosure.compute.Percent}). Depends on model and catalog only.
 */
package org.budgetdisclosure.compute;

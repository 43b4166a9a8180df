/**
 * compute(Budget) → Disclosure: tables, shares, year-over-year changes and the rounding policy (issue 4).
 */
package org.budgetdisclosure.compute;

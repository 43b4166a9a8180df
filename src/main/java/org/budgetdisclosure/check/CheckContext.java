package org.budgetdisclosure.check;

/**
 * What rules may consult besides the disclosure. Grows as rules need it (the catalog of the year).
 */
public record CheckContext() {
}

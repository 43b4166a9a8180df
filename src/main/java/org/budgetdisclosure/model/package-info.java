/**
 * The model: immutable records of a department budget disclosure as printed ({@link
 * org.budgetdisclosure.model.Disclosure}), amounts ({@link org.budgetdisclosure.model.Money}) and
 * provenance ({@link org.budgetdisclosure.model.SourceRef}). No I/O, no frameworks, no dependency
 * on any other package of ours.
 */
package org.budgetdisclosure.model;

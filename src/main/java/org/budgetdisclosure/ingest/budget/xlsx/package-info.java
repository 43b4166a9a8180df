/**
 * The budget data-entry workbook (XLSX): the form a finance officer fills in Excel or WPS instead of
 * writing a budget JSON file. {@link org.budgetdisclosure.ingest.budget.xlsx.WorkbookLayout} is the one
 * description of its sheets and columns; {@link org.budgetdisclosure.ingest.budget.xlsx.BudgetWorkbookWriter}
 * writes it (blank, or filled from a Budget) and
 * {@link org.budgetdisclosure.ingest.budget.xlsx.BudgetXlsxReader} reads it back into the same Budget the JSON
 * reader makes, with diagnostics located by sheet and cell ({@code 预算明细!F7}).
 *
 * <p>The writer sits here, with the reader, rather than in {@code render}: the workbook is an input form,
 * not a rendering of a disclosure, and keeping its writer and reader on one layout is what stops them from
 * drifting apart.
 */
package org.budgetdisclosure.ingest.budget.xlsx;

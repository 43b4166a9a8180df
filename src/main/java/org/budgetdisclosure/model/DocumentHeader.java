package org.budgetdisclosure.model;

import java.time.LocalDate;

/**
 * The cover of a disclosure.
 *
 * @param department the department (部门) or unit name
 * @param year       the budget year
 * @param kind       部门预算 / 单位预算 / 决算
 * @param unit       the amount unit the tables declare (万元)
 * @param signedBy   the name printed at the end of the document, if any
 * @param signedOn   the date printed at the end, if any
 */
public record DocumentHeader(String department, Integer year, DocumentKind kind, String unit,
                             String signedBy, LocalDate signedOn, SourceRef at) {
}

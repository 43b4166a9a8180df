package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Money;

/**
 * A figure as the clause grammar ({@link FactExtractor}) reads it, before its subject is resolved:
 * the subject still in the printed words.
 *
 * @param words       the subject as printed, without numbering, “其中：”, the department/year lead-in
 *                    and the “预算数为” before the amount
 * @param amount      the stated amount, or null
 * @param notArranged “…未安排”
 * @param share       “占 X%”, at printed scale, or null
 * @param change      “比上年预算增加 X 万元，增长 Y%”, or null
 * @param reason      “主要原因是…”, or null
 * @param purpose     “主要用于…”, or null
 * @param line        the file line the subject was printed on
 */
record StatedFigure(String words, Money amount, boolean notArranged, BigDecimal share, Change change,
                    String reason, String purpose, int line) {
}

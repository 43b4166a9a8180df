package org.budgetdisclosure.check.rules.table;

import java.util.List;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.model.Money;

/**
 * The “how expected was computed” text of one sum ({@link Places#sumText}), column after column: a total
 * off in one column is usually off in others whose parts print the same figures there (a 款 whose 项
 * print the same in 合计 and in 基本支出), and the text is then the one already built. Building it again
 * for each column was the largest part of what a check with such findings allocated. One per rule call.
 */
final class SumTexts {

    private List<String> names;
    private List<Money> amounts;
    private String text;

    /** As {@link Places#sumText}{@code (names, amounts)}. */
    String of(List<String> names, List<Money> amounts) {
        if (text == null || !names.equals(this.names) || !amounts.equals(this.amounts)) {
            text = Places.sumText(names, amounts);
            this.names = names;
            this.amounts = amounts;
        }
        return text;
    }
}

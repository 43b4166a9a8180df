package org.budgetdisclosure.model;

import java.math.BigDecimal;

/**
 * An indicator's target value. {@code raw} is as printed; operator, number and unit are filled
 * when it has the quantitative form (operator, number, unit). A qualitative value (有效提高) has
 * only {@code raw}; a date value (=2026 年 12 月 10 日) has its operator and the date text as unit.
 */
public record IndicatorValue(String raw, Operator operator, BigDecimal number, String unit) {

    public boolean isQuantitative() {
        return operator != null && number != null;
    }
}

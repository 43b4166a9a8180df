package org.budgetdisclosure.render.html;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.budgetdisclosure.model.Money;

/** How figures, numerals and dates are printed. */
final class Numbers {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Numbers() {
    }

    /** {@code 1,229.70}; an absent amount prints as nothing (empty is not zero). */
    static String money(Money m) {
        // Money's own form, grouped with a comma whatever the machine's locale (String.format("%,.2f")
        // printed the same, but built a formatter for every cell of every table)
        return m == null ? "" : m.formatted();
    }

    static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    /** 一 … 九十九, as part and section headings number themselves; arabic beyond. */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** 2026年3月13日. */
    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}

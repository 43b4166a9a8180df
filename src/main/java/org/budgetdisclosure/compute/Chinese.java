package org.budgetdisclosure.compute;

import java.time.LocalDate;

/** Chinese numerals and dates as the national format prints them. */
final class Chinese {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Chinese() {
    }

    /** 1 → 一, 10 → 十, 13 → 十三, 21 → 二十一 (1–99). */
    static String numeral(int n) {
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }

    /** 2026年1月1日. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}

package org.budgetdisclosure.render;

import java.util.List;
import org.budgetdisclosure.model.Money;

/**
 * The lines of a markdown document being written, and the printed forms the sample's text uses:
 * amounts with grouping ({@code 1,229.70}), Chinese ordinals (十二、), tab-separated table rows and
 * {@code <b>} for bold cells.
 */
final class MdText {

    private final StringBuilder out = new StringBuilder();

    /** Adds one line. */
    MdText line(String text) {
        out.append(text).append('\n');
        return this;
    }

    /** Adds a line and the blank line that ends its block, as the sample separates every block. */
    MdText block(String text) {
        return line(text).line("");
    }

    MdText heading(int level, String text) {
        return block("#".repeat(level) + " " + text);
    }

    /** A table row: every cell position printed, so even a row of one label keeps its tabs (and stays a row). */
    MdText row(List<String> cells) {
        return line(String.join("\t", cells));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** {@code 1,229.70}: grouped, two decimals, with a comma whatever the machine's locale (Money's own form). */
    static String amount(Money m) {
        return m == null ? "" : m.formatted();
    }

    static String bold(String cell) {
        return cell.isEmpty() ? cell : "<b>" + cell + "</b>";
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** 一 … 九十九: the numerals of headings, list items and glossary terms. */
    static String numeral(int n) {
        String digits = "一二三四五六七八九";
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
    }

    /** “2026年” for headings that name the year; empty when the year is unknown. */
    static String year(Integer year) {
        return year == null ? "" : year + "年";
    }
}

package org.budgetdisclosure.render;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Text and numbers as the office formats take them. XML 1.0, which DOCX and XLSX are made of, cannot
 * hold most control characters: Word refuses a file with one, so text from a document (which may hold
 * anything a PDF converter left) is cleaned before it is written.
 */
final class OfficeText {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    private OfficeText() {
    }

    /** The text without characters XML 1.0 forbids; tabs and line breaks become spaces. Null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                b.append(' ');
            } else if (allowedInXml(c)) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** As {@link #clean} and cut to what one spreadsheet cell can hold. */
    static String cellText(String s) {
        String c = clean(s);
        if (c == null || c.length() <= MAX_CELL_CHARS) {
            return c;
        }
        return c.substring(0, MAX_CELL_CHARS - 1) + "…";
    }

    private static boolean allowedInXml(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * An amount as printed: two decimals with thousands grouping ({@code 1,229.70}), whatever the
     * JVM's locale (String.format would follow it).
     */
    static String amount(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    /** The width of text in Latin character widths: a Chinese character takes two. */
    static int displayWidth(String s) {
        if (s == null) {
            return 0;
        }
        return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }
}

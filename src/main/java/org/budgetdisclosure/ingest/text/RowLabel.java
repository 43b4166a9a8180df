package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.model.ClassificationCode;

/**
 * The code and name of a row, read from its label cells however the conversion split them: the
 * code in parts over several cells ({@code 201}, {@code 03}, {@code 01}), whole ({@code 2010301}),
 * or in one cell with the name ({@code 201 一般公共服务支出} in 表1, {@code 01 基本工资} after
 * {@code 301} in 表6).
 *
 * @param code    the full code digits, or null when the row has none
 * @param name    the name with line-break spaces removed; "" when none is printed
 * @param badCode a cell made only of digits that is no valid code (its digits), else null
 */
record RowLabel(String code, String name, String badCode) {

    static RowLabel parse(List<String> cells, ClassificationCode.Scheme scheme) {
        return parse(cells.toArray(new String[0]), cells.size(), scheme);
    }

    /** As {@link #parse(List, ClassificationCode.Scheme)}, from the first {@code count} of {@code cells}. */
    static RowLabel parse(String[] cells, int count, ClassificationCode.Scheme scheme) {
        Reader r = new Reader();
        r.read(cells, count, scheme);
        return new RowLabel(r.code, r.name, r.badCode);
    }

    /**
     * Reads labels one after another into its fields, as {@link RowLabel#parse} does, without a record per
     * label: a table reader keeps one for all its rows (one table, on one thread), and the code of several
     * cells ({@code 201}, {@code 03}, {@code 01}) is joined once at the end rather than piece by piece.
     */
    static final class Reader {

        /** The last label's code, name and bad code, as the record's components. */
        String code;
        String name;
        String badCode;
        /** The code's digit runs: a 类 or whole code, then up to two parts of two digits. */
        private final String[] pieces = new String[3];

        void read(String[] cells, int count, ClassificationCode.Scheme scheme) {
            int maxDigits = scheme == ClassificationCode.Scheme.FUNCTION ? 7 : 5;
            int n = 0;
            int digitCount = 0;
            String text = null;
            String bad = null;
            for (int i = 0; i < count; i++) {
                String s = Texts.strip(cells[i]);
                while (text == null && !s.isEmpty()) {
                    // a run of digits at the start of the cell, followed by a space or the cell's end
                    int digitsEnd = DigitRuns.leading(s);
                    int end = digitsEnd == 0 ? -1 : DigitRuns.afterSpaces(s, digitsEnd);
                    if (end < 0) {
                        break;
                    }
                    if (!continues(digitCount, digitsEnd, maxDigits)) {
                        if (end == s.length()) {
                            bad = joined(n) + s.substring(0, digitsEnd);
                            s = "";
                        }
                        break;
                    }
                    pieces[n++] = s.substring(0, digitsEnd);
                    digitCount += digitsEnd;
                    s = s.substring(end);
                }
                if (!s.isEmpty()) {
                    text = text == null ? s : text + " " + s;
                }
            }
            code = bad != null || n == 0 ? null : joined(n);
            name = Texts.joinCjk(text == null ? "" : text);
            badCode = bad;
        }

        /** The first {@code n} pieces as one string ("" for none). */
        private String joined(int n) {
            return switch (n) {
                case 0 -> "";
                case 1 -> pieces[0];
                case 2 -> pieces[0].concat(pieces[1]);
                default -> pieces[0] + pieces[1] + pieces[2];
            };
        }
    }

    /** A code starts with a 类 (3 digits) or a whole 款/项 code, and goes on two digits at a time. */
    private static boolean continues(int have, int digits, int maxDigits) {
        if (have == 0) {
            return digits == 3 || digits == 5 || digits == 7 && maxDigits == 7;
        }
        return digits == 2 && have + 2 <= maxDigits;
    }
}

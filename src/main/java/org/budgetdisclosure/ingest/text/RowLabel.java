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
        /**
         * The code's digit runs, as ranges of the texts they were read from: a 类 or whole code, then up to
         * two parts of two digits. A code printed in parts becomes one string, not one per part and their join.
         */
        private final String[] pieceText = new String[3];
        private final int[] pieceFrom = new int[3];
        private final int[] pieceTo = new int[3];
        private final char[] digits = new char[7];

        void read(String[] cells, int count, ClassificationCode.Scheme scheme) {
            start(scheme);
            for (int i = 0; i < count; i++) {
                add(cells[i], 0, cells[i].length());
            }
            finish();
        }

        /**
         * As {@link #read(String[], int, ClassificationCode.Scheme)}, from the cells at {@code positions} of the
         * line {@code cells} were cut from, read in place: the code and the name are cut straight out of the
         * line, not out of a string made for the cell first.
         */
        void read(LineCells cells, int[] positions, ClassificationCode.Scheme scheme) {
            start(scheme);
            for (int p : positions) {
                if (!cells.isEmpty(p)) {
                    add(cells.text(p), cells.from(p), cells.to(p));
                }
            }
            finish();
        }

        /** The label being read: how many pieces and digits of the code so far, the name, a bad code. */
        private int maxDigits;
        private int n;
        private int digitCount;
        private String text;
        private String bad;

        private void start(ClassificationCode.Scheme scheme) {
            maxDigits = scheme == ClassificationCode.Scheme.FUNCTION ? 7 : 5;
            n = 0;
            digitCount = 0;
            text = null;
            bad = null;
        }

        /** The cell {@code s[f, t)}. */
        private void add(String s, int f, int t) {
            while (f < t && Texts.isWhitespace(s.charAt(f))) {
                f++;
            }
            while (t > f && Texts.isWhitespace(s.charAt(t - 1))) {
                t--;
            }
            while (text == null && f < t) {
                // a run of digits at the start of the cell, followed by a space or the cell's end
                int digitsEnd = f;
                while (digitsEnd < t && s.charAt(digitsEnd) >= '0' && s.charAt(digitsEnd) <= '9') {
                    digitsEnd++;
                }
                int end = digitsEnd == f ? -1 : afterSpaces(s, digitsEnd, t);
                if (end < 0) {
                    break;
                }
                if (!continues(digitCount, digitsEnd - f, maxDigits)) {
                    if (end == t) {
                        bad = joined(n) + s.substring(f, digitsEnd);
                        f = t;
                    }
                    break;
                }
                pieceText[n] = s;
                pieceFrom[n] = f;
                pieceTo[n++] = digitsEnd;
                digitCount += digitsEnd - f;
                f = end;
            }
            if (f < t) {
                String rest = s.substring(f, t);
                text = text == null ? rest : text + " " + rest;
            }
        }

        private void finish() {
            code = bad != null || n == 0 ? null : joined(n);
            name = Texts.joinCjk(text == null ? "" : text);
            badCode = bad;
            text = null;
        }

        /** The first {@code n} pieces as one string ("" for none). */
        private String joined(int n) {
            if (n == 0) {
                return "";
            }
            if (n == 1) {
                return pieceText[0].substring(pieceFrom[0], pieceTo[0]);
            }
            int length = 0;
            for (int k = 0; k < n; k++) {
                pieceText[k].getChars(pieceFrom[k], pieceTo[k], digits, length);
                length += pieceTo[k] - pieceFrom[k];
            }
            return new String(digits, 0, length);
        }
    }

    /**
     * {@link DigitRuns#afterSpaces} within {@code s[.., t)}: where {@code (?:\s+|$)} matched at {@code i}
     * ends, or -1.
     */
    private static int afterSpaces(String s, int i, int t) {
        int j = i;
        while (j < t && isRegexSpace(s.charAt(j))) {
            j++;
        }
        if (j > i || i == t) {
            return j;
        }
        char c = s.charAt(i);
        return i == t - 1 && (c == '\u0085' || c == '\u2028' || c == '\u2029') ? i : -1;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A code starts with a 类 (3 digits) or a whole 款/项 code, and goes on two digits at a time. */
    private static boolean continues(int have, int digits, int maxDigits) {
        if (have == 0) {
            return digits == 3 || digits == 5 || digits == 7 && maxDigits == 7;
        }
        return digits == 2 && have + 2 <= maxDigits;
    }
}

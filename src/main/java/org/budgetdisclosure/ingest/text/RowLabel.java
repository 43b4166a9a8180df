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

    /** As {@link #parse(List, ClassificationCode.Scheme)}, from the first {@code count} of {@code cells}: every row is read so, without a list. */
    static RowLabel parse(String[] cells, int count, ClassificationCode.Scheme scheme) {
        int maxDigits = scheme == ClassificationCode.Scheme.FUNCTION ? 7 : 5;
        // strings rather than builders: a label is one to three short pieces, usually one name
        String code = "";
        String name = null;
        String bad = null;
        for (int i = 0; i < count; i++) {
            String s = Texts.strip(cells[i]);
            while (name == null && !s.isEmpty()) {
                // a run of digits at the start of the cell, followed by a space or the cell's end
                int digitsEnd = DigitRuns.leading(s);
                int end = digitsEnd == 0 ? -1 : DigitRuns.afterSpaces(s, digitsEnd);
                if (end < 0) {
                    break;
                }
                String digits = s.substring(0, digitsEnd);
                if (!continues(code.length(), digits.length(), maxDigits)) {
                    if (end == s.length()) {
                        bad = code + digits;
                        s = "";
                    }
                    break;
                }
                code = code.isEmpty() ? digits : code + digits;
                s = s.substring(end);
            }
            if (!s.isEmpty()) {
                name = name == null ? s : name + " " + s;
            }
        }
        String c = code.isEmpty() ? null : code;
        if (bad != null) {
            c = null;
        }
        return new RowLabel(c, Texts.joinCjk(name == null ? "" : name), bad);
    }

    /** A code starts with a 类 (3 digits) or a whole 款/项 code, and goes on two digits at a time. */
    private static boolean continues(int have, int digits, int maxDigits) {
        if (have == 0) {
            return digits == 3 || digits == 5 || digits == 7 && maxDigits == 7;
        }
        return digits == 2 && have + 2 <= maxDigits;
    }
}

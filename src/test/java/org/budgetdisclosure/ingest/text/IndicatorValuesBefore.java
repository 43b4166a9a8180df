package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.Map;
import org.budgetdisclosure.ingest.text.IndicatorValues.Reading;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Operator;

/**
 * {@link IndicatorValues#read} as it was before it read by positions in the compacted text rather than
 * by substrings of it: kept as the specification the faster reading is held to.
 */
final class IndicatorValuesBefore {

    private IndicatorValuesBefore() {
    }

    static Reading read(String printed) {
        String raw = printed == null ? "" : Texts.joinCjk(printed.strip());
        String s = compact(raw);
        if (s.isEmpty()) {
            return new Reading(new IndicatorValue(raw, null, null, null), false);
        }
        Operator op = null;
        String rest = s;
        // most values start with a digit, which starts no operator: the tables are only searched otherwise
        if (IndicatorValues.OPERATOR_STARTS.indexOf(rest.charAt(0)) >= 0) {
            // the first operator, in table order, that the value starts with
            for (int i = 0; i < IndicatorValues.OPERATOR_WORDS.length; i++) {
                if (rest.startsWith(IndicatorValues.OPERATOR_WORDS[i])) {
                    op = IndicatorValues.OPERATORS[i];
                    rest = rest.substring(IndicatorValues.OPERATOR_WORDS[i].length());
                    break;
                }
            }
        }
        if ((rest.startsWith("19") || rest.startsWith("20")) && IndicatorValues.DATE.matcher(rest).matches()) {
            return new Reading(new IndicatorValue(raw, op, null, rest), true);
        }
        char first = rest.isEmpty() ? 0 : rest.charAt(0);
        int figureEnd = first >= '0' && first <= '9' || first == '-' || first == '+' ? IndicatorValues.figureEnd(rest) : -1;
        if (figureEnd >= 0) {
            String unit = rest.substring(figureEnd);
            if (op == null) {
                for (Map.Entry<String, Operator> e : IndicatorValues.SUFFIXES.entrySet()) {
                    if (unit.endsWith(e.getKey())) {
                        op = e.getValue();
                        unit = unit.substring(0, unit.length() - e.getKey().length());
                        break;
                    }
                }
            }
            if (IndicatorValues.isUnit(unit)) {
                String figure = rest.substring(0, figureEnd);
                BigDecimal number = new BigDecimal(figure.indexOf(',') >= 0 ? figure.replace(",", "") : figure);
                return new Reading(new IndicatorValue(raw, op, number, unit.isEmpty() ? null : unit), true);
            }
            return new Reading(new IndicatorValue(raw, null, null, null), false);
        }
        // no figure: words such as 有效提高 are a qualitative target, an operator with no figure is not
        boolean qualitative = op == null && noDigit(s);
        return new Reading(new IndicatorValue(raw, null, null, null), qualitative);
    }

    private static boolean noDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Spaces removed (PDF conversion puts them inside “< =” and before units) and full-width forms folded. */
    private static String compact(String s) {
        char[] out = new char[s.length()];
        int length = 0;
        boolean changed = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
                changed = true;
                continue;
            }
            char d;
            if (c >= '０' && c <= '９') {
                d = (char) (c - '０' + '0');
            } else {
                d = switch (c) {
                    case '＞' -> '>';
                    case '＜' -> '<';
                    case '＝' -> '=';
                    case '％' -> '%';
                    case '．' -> '.';
                    case '，' -> ',';
                    default -> c;
                };
            }
            changed |= d != c;
            out[length++] = d;
        }
        // most values are printed compact already
        return changed ? new String(out, 0, length) : s;
    }
}

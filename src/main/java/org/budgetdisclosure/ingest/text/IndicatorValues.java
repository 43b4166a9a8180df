package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Operator;

/**
 * Reads an indicator value (指标值) as printed in a performance target table: “≥700 条”, “=100%”,
 * “< =625 元” (a PDF space inside “<=”), “<=3.78万元”, “=100” (no unit), “不低于95%”, “90%以上”, a
 * date “=2026 年 12 月 10 日”, or a qualitative target “有效提高”.
 *
 * <p>A date keeps its operator and puts the date text (spaces removed) in {@code unit}, with no
 * number, as {@link IndicatorValue} documents: a deadline is compared, but it is not a quantity.
 */
final class IndicatorValues {

    /** What was read, and whether the text had one of the known forms. */
    record Reading(IndicatorValue value, boolean understood) {
    }

    /** Symbols first, longest first, so “>=” is not read as “>” followed by “=”. */
    private static final Map<String, Operator> SYMBOLS = new LinkedHashMap<>();

    /** Words used instead of symbols, longest first for the same reason. */
    private static final Map<String, Operator> WORDS = new LinkedHashMap<>();

    /** Words after the figure: “95%以上”, “5万元以内”. */
    private static final Map<String, Operator> SUFFIXES = new LinkedHashMap<>();

    static {
        SYMBOLS.put(">=", Operator.GE);
        SYMBOLS.put("=>", Operator.GE);
        SYMBOLS.put("<=", Operator.LE);
        SYMBOLS.put("=<", Operator.LE);
        SYMBOLS.put("≥", Operator.GE);
        SYMBOLS.put("≧", Operator.GE);
        SYMBOLS.put("≤", Operator.LE);
        SYMBOLS.put("≦", Operator.LE);
        SYMBOLS.put(">", Operator.GT);
        SYMBOLS.put("<", Operator.LT);
        SYMBOLS.put("=", Operator.EQ);

        WORDS.put("大于等于", Operator.GE);
        WORDS.put("大于或等于", Operator.GE);
        WORDS.put("小于等于", Operator.LE);
        WORDS.put("小于或等于", Operator.LE);
        WORDS.put("不低于", Operator.GE);
        WORDS.put("不少于", Operator.GE);
        WORDS.put("不小于", Operator.GE);
        WORDS.put("不高于", Operator.LE);
        WORDS.put("不超过", Operator.LE);
        WORDS.put("不多于", Operator.LE);
        WORDS.put("不大于", Operator.LE);
        WORDS.put("大于", Operator.GT);
        WORDS.put("高于", Operator.GT);
        WORDS.put("超过", Operator.GT);
        WORDS.put("小于", Operator.LT);
        WORDS.put("低于", Operator.LT);
        WORDS.put("等于", Operator.EQ);

        SUFFIXES.put("及以上", Operator.GE);
        SUFFIXES.put("以上", Operator.GE);
        SUFFIXES.put("及以下", Operator.LE);
        SUFFIXES.put("以下", Operator.LE);
        SUFFIXES.put("以内", Operator.LE);
    }

    private static final List<Map<String, Operator>> OPERATOR_TABLES = List.of(SYMBOLS, WORDS);

    /** The first characters of all operators, symbols and words. */
    private static final String OPERATOR_STARTS = firstCharacters(OPERATOR_TABLES);

    private static String firstCharacters(List<Map<String, Operator>> tables) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Operator> t : tables) {
            t.keySet().forEach(k -> b.append(k.charAt(0)));
        }
        return b.toString();
    }

    /** A figure with optional thousands separators, then whatever follows it. */
    private static final Pattern FIGURE = Pattern.compile("^([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)$");

    /** A unit: short, and with nothing that would be a second figure or operator in it. */
    private static final Pattern UNIT = Pattern.compile("^[^\\d<>=≥≤≧≦]{0,10}$");

    /** A date, to the month at least (a bare “2026年” is ambiguous with a duration), with “前” etc. */
    private static final Pattern DATE = Pattern.compile(
            "^(?:19|20)\\d{2}(?:年\\d{1,2}月(?:\\d{1,2}日)?|[-./]\\d{1,2}[-./]\\d{1,2})(?:之前|以前|前|底|末)?$");

    private IndicatorValues() {
    }

    /** Reads one printed value. Never throws; {@code understood} is false when the caller should warn. */
    static Reading read(String printed) {
        String raw = printed == null ? "" : Texts.joinCjk(printed.strip());
        String s = compact(raw);
        if (s.isEmpty()) {
            return new Reading(new IndicatorValue(raw, null, null, null), false);
        }
        Operator op = null;
        String rest = s;
        // most values start with a digit, which starts no operator: the tables are only searched otherwise
        if (OPERATOR_STARTS.indexOf(rest.charAt(0)) >= 0) {
            for (Map<String, Operator> table : OPERATOR_TABLES) {
                for (Map.Entry<String, Operator> e : table.entrySet()) {
                    if (op == null && rest.startsWith(e.getKey())) {
                        op = e.getValue();
                        rest = rest.substring(e.getKey().length());
                    }
                }
            }
        }
        if ((rest.startsWith("19") || rest.startsWith("20")) && DATE.matcher(rest).matches()) {
            return new Reading(new IndicatorValue(raw, op, null, rest), true);
        }
        char first = rest.isEmpty() ? 0 : rest.charAt(0);
        Matcher m = first >= '0' && first <= '9' || first == '-' || first == '+' ? FIGURE.matcher(rest) : null;
        if (m != null && m.matches()) {
            String unit = m.group(2);
            for (Map.Entry<String, Operator> e : SUFFIXES.entrySet()) {
                if (op == null && unit.endsWith(e.getKey())) {
                    op = e.getValue();
                    unit = unit.substring(0, unit.length() - e.getKey().length());
                }
            }
            if (UNIT.matcher(unit).matches()) {
                BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
                return new Reading(new IndicatorValue(raw, op, number, unit.isEmpty() ? null : unit), true);
            }
            return new Reading(new IndicatorValue(raw, null, null, null), false);
        }
        // no figure: words such as 有效提高 are a qualitative target, an operator with no figure is not
        boolean qualitative = op == null && s.chars().noneMatch(Character::isDigit);
        return new Reading(new IndicatorValue(raw, null, null, null), qualitative);
    }

    /** Spaces removed (PDF conversion puts them inside “< =” and before units) and full-width forms folded. */
    private static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else {
                switch (c) {
                    case '＞' -> b.append('>');
                    case '＜' -> b.append('<');
                    case '＝' -> b.append('=');
                    case '％' -> b.append('%');
                    case '．' -> b.append('.');
                    case '，' -> b.append(',');
                    default -> b.append(c);
                }
            }
        }
        return b.toString();
    }
}

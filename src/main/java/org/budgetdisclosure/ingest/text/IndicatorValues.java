package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.ArrayList;
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
    static final Map<String, Operator> SUFFIXES = new LinkedHashMap<>();

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

    /** The operators of {@link #OPERATOR_TABLES} in the order they are tried, as parallel arrays. */
    static final String[] OPERATOR_WORDS;
    static final Operator[] OPERATORS;
    /** The first character of each of {@link #OPERATOR_WORDS}. */
    private static final char[] OPERATOR_FIRSTS;

    static {
        List<String> words = new ArrayList<>();
        List<Operator> operators = new ArrayList<>();
        for (Map<String, Operator> t : OPERATOR_TABLES) {
            t.forEach((w, o) -> {
                words.add(w);
                operators.add(o);
            });
        }
        OPERATOR_WORDS = words.toArray(String[]::new);
        OPERATORS = operators.toArray(Operator[]::new);
        OPERATOR_FIRSTS = new char[OPERATOR_WORDS.length];
        for (int i = 0; i < OPERATOR_WORDS.length; i++) {
            OPERATOR_FIRSTS[i] = OPERATOR_WORDS[i].charAt(0);
        }
    }

    /** {@link #SUFFIXES} as parallel arrays, in the order they are tried. */
    private static final String[] SUFFIX_WORDS = SUFFIXES.keySet().toArray(String[]::new);
    private static final Operator[] SUFFIX_OPERATORS = SUFFIXES.values().toArray(Operator[]::new);

    /** The first characters of all operators, symbols and words. */
    static final String OPERATOR_STARTS = firstCharacters(OPERATOR_TABLES);

    private static String firstCharacters(List<Map<String, Operator>> tables) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Operator> t : tables) {
            t.keySet().forEach(k -> b.append(k.charAt(0)));
        }
        return b.toString();
    }

    /**
     * Units the tables print again and again: a value with one of these is given the constant rather
     * than a copy of its own (there is one per indicator). Any other unit is cut out of the value.
     */
    private static final String[] COMMON_UNITS = {"%", "次", "个", "人", "人次", "万元", "元", "天", "年", "月", "日", "项", "件", "家",
        "户", "场", "场次", "套", "台", "处", "块", "批", "批次", "条", "篇", "期", "份", "分", "小时", "个月", "工作日", "公里", "平方米",
        "亩", "所", "名", "辆", "本", "张", "册", "间", "座", "km", "m²", "万人次"};

    /** {@code s.substring(from, to)}, one of {@link #COMMON_UNITS} where it is that. */
    static String unit(String s, int from, int to) {
        int length = to - from;
        for (String u : COMMON_UNITS) {
            if (u.length() == length && s.startsWith(u, from)) {
                return u;
            }
        }
        return s.substring(from, to);
    }

    /** A figure with optional thousands separators, then whatever follows it. */
    static final Pattern FIGURE = Pattern.compile("^([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(.*)$");

    /** A unit: short, and with nothing that would be a second figure or operator in it. */
    static final Pattern UNIT = Pattern.compile("^[^\\d<>=≥≤≧≦]{0,10}$");

    /** A date, to the month at least (a bare “2026年” is ambiguous with a duration), with “前” etc. */
    static final Pattern DATE = Pattern.compile(
            "^(?:19|20)\\d{2}(?:年\\d{1,2}月(?:\\d{1,2}日)?|[-./]\\d{1,2}[-./]\\d{1,2})(?:之前|以前|前|底|末)?$");

    private IndicatorValues() {
    }

    /**
     * Reads one printed value. Never throws; {@code understood} is false when the caller should warn.
     * It reads by positions in the compacted text: operator, figure and unit are cut out only as far as
     * the value keeps them.
     */
    static Reading read(String printed) {
        String raw = raw(printed);
        IndicatorValue value = understood(raw, compact(raw));
        return value != null ? new Reading(value, true) : new Reading(new IndicatorValue(raw, null, null, null), false);
    }

    /**
     * {@link #read}{@code (printed).value()} when it is understood, else null (then {@link #notUnderstood}):
     * for the reader of every indicator, which warns by itself and needs no {@link Reading} to tell it.
     */
    static IndicatorValue understood(String printed) {
        String raw = raw(printed);
        return understood(raw, compact(raw));
    }

    /** {@link #read}{@code (printed).value()} when it is not understood. */
    static IndicatorValue notUnderstood(String printed) {
        return new IndicatorValue(raw(printed), null, null, null);
    }

    /** The text a value keeps as printed: stripped and joined. */
    private static String raw(String printed) {
        return printed == null ? "" : Texts.joinCjk(Texts.strip(printed));
    }

    /** The value printed as {@code raw}, {@code s} its {@link #compact} form, when it is understood; else null. */
    private static IndicatorValue understood(String raw, String s) {
        if (s.isEmpty()) {
            return null;
        }
        int n = s.length();
        Operator op = null;
        int at = 0; // where the value goes on after its operator
        // most values start with a digit, which starts no operator: the tables are only searched otherwise
        if (OPERATOR_STARTS.indexOf(s.charAt(0)) >= 0) {
            // the first operator, in table order, that the value starts with
            char c = s.charAt(0);
            for (int i = 0; i < OPERATOR_WORDS.length; i++) {
                // the first characters compared before the call: most words start otherwise
                if (OPERATOR_FIRSTS[i] == c && s.startsWith(OPERATOR_WORDS[i])) {
                    op = OPERATORS[i];
                    at = OPERATOR_WORDS[i].length();
                    break;
                }
            }
        }
        if ((s.startsWith("19", at) || s.startsWith("20", at)) && mayBeDate(s, at)) {
            String rest = s.substring(at);
            if (DATE.matcher(rest).matches()) {
                return new IndicatorValue(raw, op, null, rest);
            }
        }
        char first = at < n ? s.charAt(at) : 0;
        int figureEnd = first >= '0' && first <= '9' || first == '-' || first == '+' ? figureEnd(s, at) : -1;
        if (figureEnd >= 0) {
            int unitEnd = n;
            if (op == null) {
                for (int i = 0; i < SUFFIX_WORDS.length; i++) {
                    String w = SUFFIX_WORDS[i];
                    // the last characters compared before the call: most values end in none of the words' last (上, 下, 内)
                    if (unitEnd - figureEnd >= w.length() && s.charAt(unitEnd - 1) == w.charAt(w.length() - 1)
                            && s.startsWith(w, unitEnd - w.length())) {
                        op = SUFFIX_OPERATORS[i];
                        unitEnd -= w.length();
                        break;
                    }
                }
            }
            if (isUnit(s, figureEnd, unitEnd)) {
                String unit = figureEnd == unitEnd ? null : unit(s, figureEnd, unitEnd);
                return new IndicatorValue(raw, op, number(s, at, figureEnd), unit);
            }
            return null;
        }
        // no figure: words such as 有效提高 are a qualitative target, an operator with no figure is not
        return op == null && noDigit(s) ? new IndicatorValue(raw, null, null, null) : null;
    }

    /**
     * Whether {@code s} from {@code at}, which starts with 19 or 20, goes on as {@link #DATE} needs: two
     * more digits, then 年 or a date separator. Tested before the text is cut out for the pattern, which
     * figures such as “20000个” never reach then.
     */
    private static boolean mayBeDate(String s, int at) {
        if (at + 4 >= s.length() || !isDigit(s.charAt(at + 2)) || !isDigit(s.charAt(at + 3))) {
            return false;
        }
        char c = s.charAt(at + 4);
        return c == '年' || c == '-' || c == '.' || c == '/';
    }

    /**
     * The whole numbers 0 to 100 at scale 0: most weights (分值 5, 18, 20) and many values (=100%, ≥90%)
     * are among them, and {@link BigDecimal#valueOf(long, int)} keeps only 0 to 10. Immutable, so shared.
     */
    private static final BigDecimal[] SMALL_WHOLE = new BigDecimal[101];

    static {
        for (int i = 0; i < SMALL_WHOLE.length; i++) {
            SMALL_WHOLE[i] = BigDecimal.valueOf(i);
        }
    }

    /**
     * The figure {@code s[from, to)} (an optional sign, digits with thousands separators and a decimal
     * point, as {@link #figureEnd} and {@link IndicatorTable#weightEnd} find them) as
     * {@code new BigDecimal} reads it with the separators left out: the same unscaled value and scale.
     * Up to 18 digits it is counted up in a long, as nearly every figure is, with no copy of its text.
     */
    static BigDecimal number(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else if (c != ',' || point) {
                return parsed(s, from, to); // not a figure of that form: BigDecimal decides
            }
        }
        if (digits == 0 || digits > 18) {
            return parsed(s, from, to);
        }
        long value = negative ? -unscaled : unscaled;
        if (scale == 0 && value >= 0 && value < SMALL_WHOLE.length) {
            return SMALL_WHOLE[(int) value];
        }
        return BigDecimal.valueOf(value, scale);
    }

    /** {@link #number} the long way: the text without its separators, read by BigDecimal. */
    private static BigDecimal parsed(String s, int from, int to) {
        char[] digits = new char[to - from];
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ',') {
                digits[length++] = c;
            }
        }
        return new BigDecimal(digits, 0, length);
    }

    private static boolean noDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /*
     * FIGURE and UNIT matched by hand: every value of every indicator goes through them. A text holding a
     * line terminator, which the patterns' dot and $ treat specially, still goes through the patterns.
     */

    /**
     * Where group 1 of {@link #FIGURE} ends when the pattern matches {@code s} whole, or -1. Its
     * {@code (.*)$} takes any rest, so the figure is what the pattern's first way of trying takes: an
     * optional sign, then a run of at most three digits with at least one {@code ,ddd} group after it if
     * there is one (each group as far as they go), else the whole run of digits; then a point and its
     * digits if a digit follows the point.
     */
    static int figureEnd(String s) {
        return figureEnd(s, 0);
    }

    /** {@link #figureEnd(String)} of {@code s.substring(from)}, as a position in {@code s}. */
    static int figureEnd(String s, int from) {
        if (hasLineTerminator(s, from, s.length())) {
            Matcher m = FIGURE.matcher(s.substring(from));
            return m.matches() ? from + m.end(1) : -1;
        }
        int n = s.length();
        int i = from;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int run = i;
        while (run < n && isDigit(s.charAt(run))) {
            run++;
        }
        if (run == i) {
            return -1;
        }
        int p = run;
        if (run - i <= 3) {
            int g = run;
            while (g + 3 < n && s.charAt(g) == ',' && isDigit(s.charAt(g + 1)) && isDigit(s.charAt(g + 2)) && isDigit(s.charAt(g + 3))) {
                g += 4;
            }
            p = g;
        }
        if (p + 1 < n && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
            p += 2;
            while (p < n && isDigit(s.charAt(p))) {
                p++;
            }
        }
        return p;
    }

    /** True when {@link #UNIT} ({@code ^[^\d<>=≥≤≧≦]{0,10}$}) matches {@code unit}. */
    static boolean isUnit(String unit) {
        return isUnit(unit, 0, unit.length());
    }

    /** {@link #isUnit(String)} of {@code s.substring(from, to)}. */
    static boolean isUnit(String s, int from, int to) {
        if (hasLineTerminator(s, from, to)) {
            return UNIT.matcher(s.substring(from, to)).matches();
        }
        if (to - from > 10) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isDigit(c) || "<>=≥≤≧≦".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters a pattern's dot does not take and before which its $ may match. */
    static boolean hasLineTerminator(String s) {
        return hasLineTerminator(s, 0, s.length());
    }

    private static boolean hasLineTerminator(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Spaces removed (PDF conversion puts them inside “< =” and before units) and full-width forms folded. */
    private static String compact(String s) {
        int i = 0;
        while (i < s.length() && !changes(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // most values are printed compact already
        }
        char[] out = new char[s.length()];
        s.getChars(0, i, out, 0);
        int length = i;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Texts.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
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
            out[length++] = d;
        }
        return new String(out, 0, length);
    }

    /** True for a character {@link #compact} takes out or folds. */
    private static boolean changes(char c) {
        return Texts.isWhitespace(c) || c == '\u00a0' || c >= '％' && c <= '＞'
                && (c >= '０' && c <= '９' || c == '＞' || c == '＜' || c == '＝' || c == '％' || c == '．' || c == '，');
    }
}

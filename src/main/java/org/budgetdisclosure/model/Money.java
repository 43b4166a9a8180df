package org.budgetdisclosure.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in 万元 with exactly two decimals, as every figure of a disclosure is printed.
 * The only way to build one is through this class, so the scale is always 2 and no binary
 * floating point ever touches an amount.
 */
public record Money(BigDecimal value) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z]+>");

    public Money {
        if (value == null) {
            throw new IllegalArgumentException("amount is null");
        }
        if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("amount has more than two decimals: " + value.toPlainString());
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses a printed amount; see {@link #tryParse(String)} for the accepted forms. */
    public static Money of(String printed) {
        Money m = parseOrNull(printed);
        if (m == null) {
            throw new IllegalArgumentException("不是金额：“" + printed + "”");
        }
        return m;
    }

    public static Money of(BigDecimal value) {
        return new Money(value);
    }

    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** Rounds an exact value half-up to the printed precision (0.01 万元). */
    public static Money rounded(BigDecimal exact) {
        return new Money(exact.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Reads the forms seen in published text: {@code 1,229.70}, {@code 1, 229. 70} (spaces left by
     * PDF conversion), {@code <b>1,229.70</b>}, full-width digits and comma, {@code 0.00}, a
     * trailing {@code 万元}. Empty or blank text is no amount (empty is not zero).
     */
    public static Optional<Money> tryParse(String printed) {
        return Optional.ofNullable(parseOrNull(printed));
    }

    /** As {@link #tryParse}, null for no amount: for the readers that try every cell of every table. */
    public static Money parseOrNull(String printed) {
        return printed == null ? null : parseOrNull(printed, 0, printed.length());
    }

    /**
     * {@link #parseOrNull(String)} of {@code printed.substring(from, to)}, read in place: a table reader
     * reads the amounts straight out of the line, without cutting each cell into a string of its own.
     */
    public static Money parseOrNull(String printed, int from, int to) {
        if (from == to) { // most cells are empty
            return null;
        }
        long cents = simpleCents(printed, from, to);
        if (cents >= 0) {
            return new Money(BigDecimal.valueOf(cents, 2));
        }
        if (isPlain(printed, from, to)) {
            // the common “1229.70”: normalising leaves it as it is, and it may be an amount
            return isNumber(printed, from, to) ? new Money(value(printed, from, to)) : null;
        }
        if (!mayBeAmount(printed, from, to)) {
            return null;
        }
        if (isSpacedOnly(printed, from, to)) {
            // “1, 229. 70”: read in place, not normalised into a new string first
            long spaced = spacedCents(printed, from, to);
            if (spaced != TOO_LONG) {
                return spaced == NOT_A_NUMBER ? null : new Money(BigDecimal.valueOf(spaced, 2));
            }
        }
        String s = normalise(printed.substring(from, to));
        if (!isNumber(s)) {
            return null;
        }
        return new Money(value(s, 0, s.length()));
    }

    /**
     * The cents of the form nearly every printed amount takes, {@code \d+(\.\d{1,2})?} with at most 16
     * digits (“963.77”, “64”), read in one pass; -1 for any other text, which {@link #parseOrNull} reads the
     * general way. (The general way checks the form, then reads the value: three passes for this one.)
     */
    private static long simpleCents(String s, int from, int n) {
        long cents = 0;
        int i = from;
        while (i < n && isDigit(s.charAt(i))) {
            cents = cents * 10 + (s.charAt(i) - '0');
            i++;
        }
        int decimals = n - i - 1; // after the point
        if (i == from || i - from > 16 || i < n && (s.charAt(i) != '.' || decimals < 1 || decimals > 2)) {
            return -1;
        }
        if (i == n) {
            return cents * 100;
        }
        // one or two decimals: the first must be a digit, and the last
        char d1 = s.charAt(i + 1);
        if (!isDigit(d1)) {
            return -1;
        }
        cents = cents * 10 + (d1 - '0');
        if (decimals == 1) {
            return cents * 10;
        }
        char d2 = s.charAt(i + 2);
        return isDigit(d2) ? cents * 10 + (d2 - '0') : -1;
    }

    /** True when {@link #tryParse} reads an amount from the text, found without building it. */
    public static boolean isAmount(String printed) {
        return printed != null && isAmount(printed, 0, printed.length());
    }

    /** {@link #isAmount(String)} of {@code printed.substring(from, to)}, read in place. */
    public static boolean isAmount(String printed, int from, int to) {
        if (!mayBeAmount(printed, from, to)) {
            return false;
        }
        if (isSpacedOnly(printed, from, to)) {
            long spaced = spacedCents(printed, from, to);
            if (spaced != TOO_LONG) {
                return spaced != NOT_A_NUMBER;
            }
        }
        return isNumber(normalise(printed.substring(from, to)));
    }

    /** {@link #spacedCents}: the text is no number. */
    private static final long NOT_A_NUMBER = Long.MIN_VALUE;
    /** {@link #spacedCents}: a number of more than 16 digits, left to the general way. */
    private static final long TOO_LONG = Long.MIN_VALUE + 1;

    /**
     * True when normalising the text would only drop spaces and fold full-width characters: it holds no
     * tag and no unit. (A text {@link #mayBeAmount} lets through holds no other character normalising drops.)
     */
    private static boolean isSpacedOnly(String printed, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = printed.charAt(i);
            if (c == '<' || c == '万' || c == '元') {
                return false;
            }
        }
        return true;
    }

    /**
     * The cents of {@code normalise(s)} when {@link #isNumber} accepts it, read in one pass over {@code s}
     * itself, spaces skipped and full-width characters folded as normalising does; {@link #NOT_A_NUMBER}
     * when it does not accept it, {@link #TOO_LONG} past 16 digits. Only for a text {@link #isSpacedOnly}.
     * Cells such as “1, 229. 70” were normalised into a new string by every reader that looked at them.
     */
    private static long spacedCents(String s, int from, int to) {
        int kept = 0;      // characters normalising keeps, so far
        int lead = 0;      // digits before the first comma
        int group = -1;    // digits after the last comma; -1 before any comma
        int decimals = -1; // digits after the point; -1 before it
        int digits = 0;
        long cents = 0;
        boolean negative = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            c = c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '，' ? ',' : c == '．' ? '.' : c == '－' || c == '−' ? '-' : c;
            kept++;
            if (isDigit(c)) {
                cents = cents * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    if (++decimals > 2) {
                        return NOT_A_NUMBER;
                    }
                } else if (group >= 0) {
                    group++;
                } else {
                    lead++;
                }
            } else if (decimals >= 0) {
                return NOT_A_NUMBER; // after the point only digits
            } else if (c == ',') {
                if (group >= 0 ? group != 3 : lead < 1 || lead > 3) {
                    return NOT_A_NUMBER;
                }
                group = 0;
            } else if (c == '.') {
                decimals = 0;
            } else if ((c == '-' || c == '+') && kept == 1) {
                negative = c == '-';
            } else {
                return NOT_A_NUMBER;
            }
        }
        boolean integer = lead > 0 || group >= 0;
        if (decimals == 0 || group >= 0 && group != 3 || !integer && decimals < 0) {
            return NOT_A_NUMBER;
        }
        if (digits > 16) {
            return TOO_LONG;
        }
        for (int d = Math.max(decimals, 0); d < 2; d++) {
            cents *= 10;
        }
        return negative ? -cents : cents;
    }

    /**
     * The value of a text {@link #isNumber} accepts, at scale 2. Up to 16 digits (every real amount) are
     * read into a long of cents, which is cheaper than parsing a BigDecimal and rescaling it.
     */
    private static BigDecimal value(String s, int from, int to) {
        long cents = 0;
        int digits = 0;
        int decimals = -1; // digits read after the point; -1 before it
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                decimals = 0;
            } else if (isDigit(c)) {
                cents = cents * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            }
        }
        if (digits > 16) { // a long holds 18 digits safely, and two decimals may be added
            return new BigDecimal(s.substring(from, to).replace(",", "")).setScale(2, RoundingMode.UNNECESSARY);
        }
        for (int d = Math.max(decimals, 0); d < 2; d++) {
            cents *= 10;
        }
        return BigDecimal.valueOf(s.charAt(from) == '-' ? -cents : cents, 2);
    }

    /** True when the text holds nothing but markup and spaces: an empty cell. */
    public static boolean isBlank(String printed) {
        return printed == null || isBlank(printed, 0, printed.length());
    }

    /** {@link #isBlank(String)} of {@code printed.substring(from, to)}, read in place. */
    public static boolean isBlank(String printed, int from, int to) {
        boolean unit = to - from >= 2 && printed.charAt(to - 2) == '万' && printed.charAt(to - 1) == '元';
        if (unit || printed.indexOf('<', from) >= 0 && printed.indexOf('<', from) < to) {
            return normalise(printed.substring(from, to)).isEmpty(); // markup or a bare unit may be all there is
        }
        // without them, normalising drops only spaces
        for (int i = from; i < to; i++) {
            if (!isSpace(printed.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when the text holds a character that normalising neither removes nor turns into a
     * character of {@link #NUMBER}: such a text is no amount. Most texts tried are names, and are
     * turned away here without being normalised.
     */
    private static boolean mayBeAmount(String printed, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = printed.charAt(i);
            boolean number = c >= '0' && c <= '9' || c == ',' || c == '.' || c == '-' || c == '+'
                    || c >= '０' && c <= '９' || c == '，' || c == '．' || c == '－' || c == '−';
            boolean removable = isSpace(c) || c == '万' || c == '元'
                    || c == '<' || c == '>' || c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!number && !removable) {
                return false;
            }
        }
        return true;
    }

    /** Only ASCII digits, commas, points and signs: text that normalising leaves as it is. */
    private static boolean isPlain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c == ',' || c == '.' || c == '-' || c == '+')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < '\u00a0' || c > '\u3000') {
            return false; // digits, letters and Chinese text: no look into the whitespace table
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000';
    }

    private static String normalise(String printed) {
        if (isPlain(printed, 0, printed.length())) {
            return printed; // the common “1229.70”: nothing to remove or fold
        }
        StringBuilder b = new StringBuilder(printed.length());
        String s = printed.indexOf('<') < 0 ? printed : TAG.matcher(printed).replaceAll("");
        if (s.endsWith("万元")) {
            s = s.substring(0, s.length() - 2);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                b.append(',');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (!isSpace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Digits with optional thousands separators, optional sign and up to two decimals: what the
     * pattern {@code [-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?|[-+]?\.\d{1,2}} accepts, checked by hand
     * since every cell of every table goes through here.
     */
    static boolean isNumber(String s) {
        return isNumber(s, 0, s.length());
    }

    /** {@link #isNumber(String)} of {@code s.substring(from, n)}. */
    private static boolean isNumber(String s, int from, int n) {
        int i = n > from && (s.charAt(from) == '-' || s.charAt(from) == '+') ? from + 1 : from;
        // the integer part is the whole run of digits and commas: nothing else may follow it but the decimals
        int intEnd = i;
        while (intEnd < n && (isDigit(s.charAt(intEnd)) || s.charAt(intEnd) == ',')) {
            intEnd++;
        }
        boolean decimals = intEnd == n || s.charAt(intEnd) == '.' && n - intEnd - 1 >= 1 && n - intEnd - 1 <= 2
                && isDigit(s.charAt(intEnd + 1)) && isDigit(s.charAt(n - 1));
        return decimals && (intEnd == i ? intEnd < n : isGroupedInteger(s, i, intEnd));
    }

    /** {@code \d+}, or {@code \d{1,3}(,\d{3})+}. */
    private static boolean isGroupedInteger(String s, int from, int to) {
        int comma = s.indexOf(',', from);
        if (comma < 0 || comma >= to) {
            return true; // digits only
        }
        if (comma == from || comma - from > 3) {
            return false;
        }
        for (int g = comma; g < to; g += 4) {
            if (g + 4 > to || s.charAt(g) != ',' || !isDigit(s.charAt(g + 1)) || !isDigit(s.charAt(g + 2)) || !isDigit(s.charAt(g + 3))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static Money sum(Collection<Money> parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (Money m : parts) {
            total = total.add(m.value);
        }
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(value.add(other.value));
    }

    public Money minus(Money other) {
        return new Money(value.subtract(other.value));
    }

    public Money negate() {
        return new Money(value.negate());
    }

    public Money abs() {
        return new Money(value.abs());
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public int signum() {
        return value.signum();
    }

    @Override
    public int compareTo(Money o) {
        return value.compareTo(o.value);
    }

    /** Plain form with two decimals, no grouping: {@code 1229.70}. Used in JSON. */
    public String plain() {
        return value.toPlainString();
    }

    /** Printed form with grouping: {@code 1,229.70}. */
    public String formatted() {
        // by hand rather than String.format("%,.2f"): that builds a locale-dependent DecimalFormat on every
        // call, and findings format figures in bulk; the grouping here is always “,”
        if (value.precision() <= 17) {
            // the usual amount: its cents in a long, grouped digit by digit
            long cents = value.unscaledValue().longValue();
            return grouped(Math.abs(cents) / 100, Math.abs(cents) % 100, cents < 0);
        }
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        StringBuilder b = new StringBuilder(plain.length() + plain.length() / 3 + 1);
        if (value.signum() < 0) {
            b.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                b.append(',');
            }
            b.append(plain.charAt(i));
        }
        return b.append(plain, point, plain.length()).toString();
    }

    private static String grouped(long whole, long cents, boolean negative) {
        char[] out = new char[32];
        int i = out.length;
        out[--i] = (char) ('0' + cents % 10);
        out[--i] = (char) ('0' + cents / 10);
        out[--i] = '.';
        int digits = 0;
        do {
            if (digits > 0 && digits % 3 == 0) {
                out[--i] = ',';
            }
            out[--i] = (char) ('0' + whole % 10);
            whole /= 10;
            digits++;
        } while (whole > 0);
        if (negative) {
            out[--i] = '-';
        }
        return new String(out, i, out.length - i);
    }

    @Override
    public String toString() {
        return plain();
    }
}

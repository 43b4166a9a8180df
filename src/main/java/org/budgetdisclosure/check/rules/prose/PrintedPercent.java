package org.budgetdisclosure.check.rules.prose;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.budgetdisclosure.model.Money;

/**
 * Decides whether a printed percentage fits the printed figures it was computed from: the one place
 * that tells rounding drift from a wrong percentage, as {@code Findings.requireEqual} does for sums.
 *
 * <p>Each printed amount stands for an unknown exact amount within ± 0.005 万元 (± n × 0.005 when it is
 * itself a sum of n printed figures). A ratio of such amounts therefore lies in a range, found at the
 * corners of that box (the ratio is monotone in each amount while the base stays positive). The printed
 * percentage stands for a range too: ± half a unit of its last printed digit. Then:
 * <ul>
 *   <li>EXACT — it equals the ratio of the printed figures, rounded half-up at its printed scale;</li>
 *   <li>DRIFT — it does not, but its range meets the ratio's range: the exact figures behind the table may
 *       well give it (a NOTICE);</li>
 *   <li>WRONG — no figures that round to the printed ones give it (an ERROR).</li>
 * </ul>
 */
final class PrintedPercent {

    enum Verdict { EXACT, DRIFT, WRONG }

    /**
     * @param expected the ratio of the printed figures rounded at the printed scale
     * @param exact    the ratio of the printed figures, unrounded
     * @param low      the least ratio the rounded figures allow (null: unbounded; also null for EXACT,
     *                 whose range no message needs and is not worked out)
     * @param high     the greatest (null: unbounded, the base may be zero or less; null for EXACT)
     */
    record Result(Verdict verdict, BigDecimal expected, BigDecimal exact, BigDecimal low, BigDecimal high) {

        /** “78.3737%–78.3751%”: two digits finer than the printed percentage, so the reader sees where it falls. */
        String rangeText(int scale) {
            return (low == null ? "…" : show(low, scale + 2) + "%") + "–" + (high == null ? "…" : show(high, scale + 2) + "%");
        }
    }

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private PrintedPercent() {
    }

    /** The uncertainty of a figure obtained by adding {@code parts} printed figures. */
    static BigDecimal slack(int parts) {
        return HALF_CENT.multiply(BigDecimal.valueOf(Math.max(1, parts)));
    }

    /** part / whole × 100, against {@code printed}. {@code whole} must be positive. */
    static Result share(Money part, BigDecimal partSlack, Money whole, BigDecimal wholeSlack, BigDecimal printed) {
        BigDecimal p = part.value().abs();
        BigDecimal w = whole.value();
        BigDecimal exact = ratio(p, w);
        Result exactly = ifExact(printed, exact);
        return exactly != null ? exactly : shareRange(printed, exact, p, partSlack, w, wholeSlack);
    }

    /**
     * |change| / last year × 100, where last year = this year − change (the implied prior-year figure),
     * against {@code printed}. The caller makes sure last year is positive.
     */
    static Result change(Money thisYear, BigDecimal thisSlack, Money signedChange, BigDecimal changeSlack, BigDecimal printed) {
        BigDecimal t = thisYear.value();
        BigDecimal c = signedChange.value();
        BigDecimal exact = ratio(c.abs(), t.subtract(c));
        Result exactly = ifExact(printed, exact);
        if (exactly != null) {
            return exactly; // the usual case: the corners' four divisions are spared
        }
        // corners of (this ± slack) × (change ± slack); the change keeps its sign at each corner
        BigDecimal low = null;
        BigDecimal high = null;
        boolean unbounded = false;
        for (int i = 0; i < 4; i++) {
            BigDecimal tt = (i & 1) == 0 ? t.subtract(thisSlack) : t.add(thisSlack);
            BigDecimal cc = (i & 2) == 0 ? c.subtract(changeSlack) : c.add(changeSlack);
            BigDecimal base = tt.subtract(cc);
            if (base.signum() <= 0) {
                unbounded = true;
                continue;
            }
            BigDecimal r = ratio(cc.abs(), base);
            low = low == null || r.compareTo(low) < 0 ? r : low;
            high = high == null || r.compareTo(high) > 0 ? r : high;
        }
        if (c.abs().compareTo(changeSlack) <= 0) {
            low = BigDecimal.ZERO; // the change may be nil at some point inside the box
        }
        return verdict(printed, exact, low, unbounded ? null : high);
    }

    /**
     * True when the printed share is certainly {@link Verdict#EXACT}: the EXACT test of {@link #share} done in
     * whole cents, sparing the division at 16 digits for the usual share. False when it is not or when the
     * cents cannot say (then {@link #share} decides). {@code whole} must be positive.
     */
    static boolean isExactShare(Money part, Money whole, BigDecimal printed) {
        long p = cents(part);
        long w = cents(whole);
        return p != Long.MIN_VALUE && w != Long.MIN_VALUE && Boolean.TRUE.equals(exactByCents(Math.abs(p), w, printed));
    }

    /** As {@link #isExactShare}, for {@link #change}: |change| ÷ (this year − change). */
    static boolean isExactChange(Money thisYear, Money signedChange, BigDecimal printed) {
        long t = cents(thisYear);
        long c = cents(signedChange);
        return t != Long.MIN_VALUE && c != Long.MIN_VALUE && Math.abs(t) < 1L << 60 && Math.abs(c) < 1L << 60
                && Boolean.TRUE.equals(exactByCents(Math.abs(c), t - c, printed));
    }

    /**
     * Whether num ÷ den × 100, worked out as {@link #ratio} does (16 significant digits) and rounded half-up at
     * the printed scale, equals {@code printed}; null when whole cents cannot tell: a scale above 6, a
     * ratio of 10⁹ or more at that scale, an overflow, or a quotient within a millionth of a unit of the
     * half-way point (where the 16-digit rounding may tip it).
     */
    static Boolean exactByCents(long num, long den, BigDecimal printed) {
        int scale = Math.max(0, printed.scale());
        if (den <= 0 || num < 0 || scale > 6) {
            return null;
        }
        long scaled;
        try {
            scaled = Math.multiplyExact(num, 100 * POWERS[scale]);
        } catch (ArithmeticException e) {
            return null;
        }
        long q = scaled / den;
        long rem = scaled % den;
        if (q >= 1_000_000_000L || Math.abs(2 * rem - den) <= den / 500_000) {
            return null;
        }
        long expected = 2 * rem >= den ? q + 1 : q;
        return BigDecimal.valueOf(expected, scale).compareTo(printed) == 0;
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /** An amount in whole cents, or Long.MIN_VALUE when it does not fit in a long. */
    static long cents(Money m) {
        BigDecimal v = m.value(); // Money is always at scale 2
        if (v.precision() <= 18) {
            return v.scaleByPowerOfTen(2).longValue(); // a whole number: no BigInteger to build, as unscaledValue would
        }
        java.math.BigInteger u = v.unscaledValue();
        return u.bitLength() < 63 ? u.longValue() : Long.MIN_VALUE;
    }

    /** a / b at the corners of (a ± ha) × (b ± hb). */
    private static Result shareRange(BigDecimal printed, BigDecimal exact, BigDecimal a, BigDecimal ha, BigDecimal b, BigDecimal hb) {
        BigDecimal low = null;
        BigDecimal high = null;
        boolean unbounded = false;
        for (int i = 0; i < 4; i++) {
            BigDecimal aa = ((i & 1) == 0 ? a.subtract(ha) : a.add(ha)).max(BigDecimal.ZERO);
            BigDecimal bb = (i & 2) == 0 ? b.subtract(hb) : b.add(hb);
            if (bb.signum() <= 0) {
                unbounded = true;
                continue;
            }
            BigDecimal r = ratio(aa, bb);
            low = low == null || r.compareTo(low) < 0 ? r : low;
            high = high == null || r.compareTo(high) > 0 ? r : high;
        }
        return verdict(printed, exact, low, unbounded ? null : high);
    }

    /** The EXACT result when the ratio rounds to the printed percentage, else null. */
    private static Result ifExact(BigDecimal printed, BigDecimal exact) {
        BigDecimal expected = exact.setScale(Math.max(0, printed.scale()), RoundingMode.HALF_UP);
        return expected.compareTo(printed) == 0 ? new Result(Verdict.EXACT, expected, exact, null, null) : null;
    }

    private static Result verdict(BigDecimal printed, BigDecimal exact, BigDecimal low, BigDecimal high) {
        int scale = Math.max(0, printed.scale());
        BigDecimal expected = exact.setScale(scale, RoundingMode.HALF_UP);
        if (expected.compareTo(printed) == 0) {
            return new Result(Verdict.EXACT, expected, exact, low, high);
        }
        BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        BigDecimal from = printed.subtract(half);
        BigDecimal to = printed.add(half);
        boolean meets = (high == null || from.compareTo(high) <= 0) && (low == null || to.compareTo(low) >= 0);
        return new Result(meets ? Verdict.DRIFT : Verdict.WRONG, expected, exact, low, high);
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a.multiply(HUNDRED).divide(b, MC);
    }

    /** A percentage for messages, at {@code scale} decimals. */
    static String show(BigDecimal percent, int scale) {
        return percent.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A percentage as a Finding figure: Finding carries its figures as {@link Money} (two decimals), so a
     * percentage printed with up to two decimals goes there in percentage points; a finer one is left to
     * the message.
     */
    static Money asFigure(BigDecimal percent) {
        if (percent == null || percent.stripTrailingZeros().scale() > 2) {
            return null;
        }
        return Money.of(percent.setScale(2, RoundingMode.UNNECESSARY));
    }
}

package org.budgetdisclosure.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.budgetdisclosure.model.Money;

/**
 * Collects findings, and is the one place that tells rounding drift from a real error.
 *
 * <p>Every printed figure is rounded to 0.01 万元, so a sum of n rounded parts can differ from the
 * rounded total by up to n × 0.005 (as the difference is a whole number of cents, that is ⌊n/2⌋
 * cents; {@code FindingsToleranceTest} proves the bound by simulation). Within it the finding is a
 * NOTICE (舍入差异) that still names both figures; beyond it, the rule's own severity. Two printings of
 * one quantity (n = 1 or fewer) must agree exactly.
 */
public final class Findings {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    /** {@link #tolerance} of up to 63 parts, made once: a sum rule's every finding asks for one. */
    private static final Money[] TOLERANCES = new Money[64];

    static {
        for (int parts = 0; parts < TOLERANCES.length; parts++) {
            TOLERANCES[parts] = computedTolerance(parts);
        }
    }

    private final List<Finding> list = new ArrayList<>();

    public void add(Finding f) {
        list.add(f);
    }

    /** A finding with no figures. */
    public void report(RuleInfo rule, Location at, String message) {
        add(new Finding(rule.id(), rule.severity(), at, List.of(), message, null, null, null, null));
    }

    public void report(RuleInfo rule, Severity severity, Location at, List<Location> related, String message) {
        add(new Finding(rule.id(), severity, at, related, message, null, null, null, null));
    }

    /** The tolerance for comparing a printed total with the sum of {@code parts} printed parts. */
    public static Money tolerance(int parts) {
        return parts >= 0 && parts < TOLERANCES.length ? TOLERANCES[parts] : computedTolerance(parts);
    }

    private static Money computedTolerance(int parts) {
        if (parts <= 1) {
            return Money.ZERO;
        }
        BigDecimal t = HALF_CENT.multiply(BigDecimal.valueOf(parts));
        return Money.of(t.setScale(2, java.math.RoundingMode.FLOOR));
    }

    /**
     * Requires {@code actual} to equal {@code expected}, where expected is the sum of {@code parts}
     * rounded figures (1 for a figure printed twice). Returns true when they agree exactly.
     *
     * @param how how expected was obtained, for the 应为 line (e.g. “基本支出 1,000.00 + 项目支出 234.56”)
     */
    public boolean requireEqual(RuleInfo rule, Location at, List<Location> related, String message,
                                Money expected, String how, Money actual, int parts) {
        // compared as numbers; the difference is worked out only when they differ (and not kept)
        BigDecimal a = actual.value();
        BigDecimal e = expected.value();
        int order = a.compareTo(e);
        if (order == 0) {
            return true;
        }
        Money tol = tolerance(parts);
        boolean drift = (order > 0 ? a.subtract(e) : e.subtract(a)).compareTo(tol.value()) <= 0;
        Severity s = drift ? Severity.NOTICE : rule.severity();
        String m = drift ? "舍入差异：" + message : message;
        add(new Finding(rule.id(), s, at, related, m, expected, how, actual, tol));
        return false;
    }

    /** Sorted list: by source, line, table, row, then rule id (a stable order for goldens and diffs). */
    public List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        copy.sort(ORDER);
        return Collections.unmodifiableList(copy); // a private copy: no second one needed to keep it unchanged
    }

    public int size() {
        return list.size();
    }

    /**
     * By source (unknown first), line, table, row and column (unknown last), then rule id and message.
     * Written out rather than chained from {@code Comparator.comparing}: the chain boxed and called a
     * lambda per key on every comparison, which showed in the profile of every check.
     */
    public static final Comparator<Finding> ORDER = Findings::compare;

    private static int compare(Finding a, Finding b) {
        Location x = a.at();
        Location y = b.at();
        int c = nullsFirst(x.source(), y.source());
        if (c == 0) {
            c = nullsLast(x.line(), y.line());
        }
        if (c == 0) {
            c = nullsLast(x.table(), y.table());
        }
        if (c == 0) {
            c = nullsLast(x.row(), y.row());
        }
        if (c == 0) {
            c = nullsLast(x.column(), y.column());
        }
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    }

    // the same object first: most findings share their source name and table, and a string compared
    // with itself is otherwise read to its end
    private static <T extends Comparable<? super T>> int nullsFirst(T a, T b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static <T extends Comparable<? super T>> int nullsLast(T a, T b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }
}

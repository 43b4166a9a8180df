package org.budgetdisclosure.check.rules.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;

/**
 * The weights (分值权重) of a target table add up to its scoring scheme's total, and all project
 * tables of one document use the same scheme.
 *
 * <p>Two schemes are in use: 100 points in the table, or 90 in the table with the other 10 kept for
 * budget execution (预算执行率), scored at evaluation time. The document's scheme is the total most of
 * its project tables reach (the first in print order on a tie); with none reaching either, 100 if a
 * table lists 预算执行率 and 90 otherwise. A table whose weights reach neither total is an error
 * (expected: the document's scheme); one that reaches the other scheme's total is a warning, as the
 * document cannot be using both. The department's table is scored under its own method (部门整体绩效评价):
 * it must reach one of the two totals, need not share the projects' scheme, and votes only when there
 * is no project table.
 */
public final class WeightsFitScheme implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-WEIGHT-SUM", "绩效指标分值权重之和应等于评分方案总分",
            Severity.ERROR, Family.TARGET);

    /** The table holds all the points. */
    static final BigDecimal FULL = BigDecimal.valueOf(100);
    /** The table holds 90; 10 are for 预算执行率, scored at evaluation. */
    static final BigDecimal WITHOUT_EXECUTION = BigDecimal.valueOf(90);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        List<TargetTable> tables = new ArrayList<>();
        List<BigDecimal> sums = new ArrayList<>(); // parallel to tables: each table added up once
        List<TargetTable> all = TargetTable.all(d, ctx); // by index: the model's immutable list, whose iterator is not always spared
        for (int ti = 0; ti < all.size(); ti++) {
            TargetTable t = all.get(ti);
            if (anyWeight(t)) {
                tables.add(t);
                sums.add(sum(t));
            }
        }
        if (tables.isEmpty()) {
            return;
        }
        BigDecimal scheme = scheme(tables, sums);
        for (int k = 0; k < tables.size(); k++) {
            TargetTable t = tables.get(k);
            BigDecimal sum = sums.get(k);
            if (sum.compareTo(scheme) == 0 || t.isDepartment() && isScheme(sum)) {
                continue;
            }
            report(t, sum, scheme, out);
        }
    }

    private static void report(TargetTable t, BigDecimal sum, BigDecimal scheme, Findings out) {
        boolean otherScheme = isScheme(sum);
        int unweighted = 0; // counted in a loop: the stream's pipeline cost more than the rest of the report
        List<Indicator> indicators = t.indicators();
        for (int ii = 0; ii < indicators.size(); ii++) {
            if (indicators.get(ii).weight() == null) {
                unweighted++;
            }
        }
        String missing = unweighted == 0 ? "" : "（另有 " + unweighted + " 项指标未读到分值）";
        String message = otherScheme
                ? t.label() + "的分值权重合计 " + plain(sum) + "，与本文件其他项目绩效目标表采用的 " + plain(scheme) + " 分方案不一致" + missing + "。"
                : t.label() + "的分值权重合计应为 " + plain(scheme) + "，实为 " + plain(sum) + missing + "。";
        out.add(new Finding(INFO.id(), otherScheme ? Severity.WARNING : Severity.ERROR, t.place("分值权重"), List.of(),
                message, Money.rounded(scheme), how(scheme), Money.rounded(sum), null));
    }

    private static boolean anyWeight(TargetTable t) {
        List<Indicator> indicators = t.indicators(); // by index: the model's immutable list, whose iterator is not always spared
        for (int ii = 0; ii < indicators.size(); ii++) {
            Indicator i = indicators.get(ii);
            if (i.weight() != null) {
                return true;
            }
        }
        return false;
    }

    private static String how(BigDecimal scheme) {
        return scheme.compareTo(FULL) == 0 ? "百分制" : "90 分，另 10 分为预算执行率";
    }

    /**
     * The weights added up. Whole weights (nearly all are) are counted in a long, and the others added as
     * BigDecimals: a BigDecimal per indicator added was most of what the rule allocated. The result is
     * the same value at the same scale (the largest of the weights') as adding them all up one by one.
     */
    static BigDecimal sum(TargetTable t) {
        long whole = 0;
        BigDecimal rest = null;
        List<Indicator> indicators = t.indicators(); // by index: the model's immutable list, whose iterator is not always spared
        for (int ii = 0; ii < indicators.size(); ii++) {
            BigDecimal w = indicators.get(ii).weight();
            if (w == null) {
                continue;
            }
            if (w.scale() == 0 && w.precision() <= MAX_WHOLE_DIGITS) {
                whole += w.longValue();
            } else {
                rest = rest == null ? w : rest.add(w);
            }
        }
        BigDecimal sum = BigDecimal.valueOf(whole);
        return rest == null ? sum : sum.add(rest);
    }

    /** Digits of a whole weight counted in the long: so far below a long's 18 that no count of weights overflows it. */
    private static final int MAX_WHOLE_DIGITS = 9;

    private static boolean isScheme(BigDecimal total) {
        return total.compareTo(FULL) == 0 || total.compareTo(WITHOUT_EXECUTION) == 0;
    }

    /** The scheme of the document, by the project tables' vote (the department's when there is no project table). */
    static BigDecimal scheme(List<TargetTable> tables) {
        List<BigDecimal> sums = new ArrayList<>(tables.size());
        for (TargetTable t : tables) {
            sums.add(sum(t));
        }
        return scheme(tables, sums);
    }

    /** As {@link #scheme(List)}, with each table's {@link #sum} given (parallel to {@code tables}). */
    private static BigDecimal scheme(List<TargetTable> tables, List<BigDecimal> sums) {
        boolean anyProject = false;
        for (TargetTable t : tables) {
            anyProject |= !t.isDepartment();
        }
        int full = 0;
        int without = 0;
        boolean fullFirst = false; // which scheme got its first vote first: it wins a tie
        for (int k = 0; k < tables.size(); k++) {
            BigDecimal s = sums.get(k);
            if (tables.get(k).isDepartment() == !anyProject && isScheme(s)) {
                if (s.compareTo(FULL) == 0) {
                    fullFirst |= full == 0 && without == 0;
                    full++;
                } else {
                    without++;
                }
            }
        }
        if (full == 0 && without == 0) {
            for (TargetTable t : tables) {
                for (Indicator i : t.indicators()) {
                    if (isExecution(i)) {
                        return FULL;
                    }
                }
            }
            return WITHOUT_EXECUTION;
        }
        if (full != without) {
            return full > without ? FULL : WITHOUT_EXECUTION;
        }
        return fullFirst ? FULL : WITHOUT_EXECUTION;
    }

    private static boolean isExecution(Indicator i) {
        return i.level3() != null && i.level3().contains("预算执行");
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}

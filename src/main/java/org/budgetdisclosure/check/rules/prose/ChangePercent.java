package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;

/**
 * A stated change's percentage equals the change ÷ last year's figure, where last year is implied by
 * the statement itself: this year ∓ the change (“1,069.18 万元，比上年增加 43.26 万元，增长 4.22%” →
 * last year 1,025.92, 43.26 ÷ 1,025.92 = 4.22%). Judged at the printed precision by
 * {@link PrintedPercent} (this year and the change each ± 0.005).
 *
 * <p>A percentage from a zero base is not a percentage: when last year was zero, “增长 100.00%” is an
 * error (the prose should say 上年无此项支出 / 为新增项目); when both years are zero, “增长 0.00%” is
 * only a notice (harmless, though 0 ÷ 0 is no number: “与上年持平，均未安排” says it). An increase
 * larger than this year's figure implies a negative last year: an error.
 *
 * <p>This year is the stated amount, or the table figure when the statement gives the change alone.
 */
public final class ChangePercent implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-CHANGE", "增减比例应等于增减额除以上年数", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        TableFigures figures = null; // asked for only when a change is stated without this year's amount
        List<Fact> facts = d.explanation().facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            Change c = f.change();
            if (c == null || c.amount() == null || c.direction() == Direction.FLAT) {
                continue; // 持平 is ChangeWording's
            }
            Money thisYear = f.amount();
            if (thisYear == null) {
                if (figures == null) {
                    figures = TableFigures.of(d, ctx);
                }
                Figure g = figures.printedFigure(i);
                thisYear = g == null ? null : g.amount();
            }
            if (thisYear != null && !isExact(thisYear, c)) {
                check(f, thisYear, c, out);
            }
        }
    }

    /**
     * Whether the percentage is certainly right, told in whole cents without building last year's amount:
     * the usual statement. False leaves it to {@link #check(Fact, Money, Change, Findings)}, which decides
     * the same for this case and works out the rest.
     */
    private static boolean isExact(Money thisYear, Change c) {
        if (c.percent() == null) {
            return false;
        }
        long t = PrintedPercent.cents(thisYear);
        long change = PrintedPercent.cents(c.amount());
        if (t == Long.MIN_VALUE || change == Long.MIN_VALUE || Math.abs(t) >= 1L << 60 || Math.abs(change) >= 1L << 60) {
            return false;
        }
        long signed = c.direction() == Direction.DECREASE ? -Math.abs(change) : Math.abs(change);
        return t - signed > 0 && Boolean.TRUE.equals(PrintedPercent.exactByCents(Math.abs(signed), t - signed, c.percent()));
    }

    private static void check(Fact f, Money thisYear, Change c, Findings out) {
        Money signed = c.signedAmount();
        Money lastYear = thisYear.minus(signed);
        PrintedPercent.Result r = null;
        if (lastYear.signum() > 0 && c.percent() != null) {
            if (PrintedPercent.isExactChange(thisYear, signed, c.percent())) {
                return; // the usual case, told in whole cents
            }
            r = PrintedPercent.change(thisYear, PrintedPercent.HALF_CENT, signed, PrintedPercent.HALF_CENT, c.percent());
            if (r.verdict() == PrintedPercent.Verdict.EXACT) {
                return; // the usual case: no place or message to build
            }
        } else if (c.percent() == null && lastYear.signum() >= 0) {
            return; // no percentage and a possible last year: nothing to report, so nothing to build
        }
        String subject = f.subject().text();
        Location at = f.change().at() != null ? ProsePlaces.at(f.change().at(), f.section(), f.subject().text(), "增减")
                : ProsePlaces.fact(f, "增减");
        String implied = "上年数 = " + thisYear.formatted() + (signed.signum() < 0 ? " + " : " − ") + signed.abs().formatted()
                + " = " + lastYear.formatted();
        if (lastYear.signum() < 0) {
            out.report(INFO, Severity.ERROR, at, List.of(),
                    "“" + subject + "”比上年增加 " + c.amount().formatted() + " 万元，超过本年的 " + thisYear.formatted()
                            + " 万元，推算的上年数为负（" + implied + "）。");
            return;
        }
        if (c.percent() == null) {
            return;
        }
        String printed = c.percent().toPlainString();
        if (lastYear.isZero()) {
            if (signed.isZero()) {
                out.report(INFO, Severity.NOTICE, at, List.of(),
                        "“" + subject + "”上年与本年均为零，“增长 " + printed + "%”是以零为基数的比例，宜写“与上年持平（均未安排）”。");
            } else {
                out.report(INFO, Severity.ERROR, at, List.of(),
                        "“" + subject + "”上年数为零（" + implied + "），增长 " + printed
                                + "% 不是有意义的比例：上年为零时不能计算增减比例，应写明“上年无此项支出”或“为新增项目”。");
            }
            return;
        }
        int scale = Math.max(0, c.percent().scale());
        String how = c.amount().formatted() + " ÷ " + lastYear.formatted() + "（" + implied + "）= "
                + PrintedPercent.show(r.exact(), scale + 2) + "%";
        boolean drift = r.verdict() == PrintedPercent.Verdict.DRIFT;
        String message = drift
                ? "舍入差异：“" + subject + "”增减 " + printed + "%，按所述金额计算为 " + PrintedPercent.show(r.expected(), scale)
                        + "%，但在四舍五入允许的范围 " + r.rangeText(scale) + " 之内。"
                : "“" + subject + "”增减 " + printed + "% 与所述增减额和本年数不符：应为 " + PrintedPercent.show(r.expected(), scale)
                        + "%（四舍五入允许的范围 " + r.rangeText(scale) + "）。";
        out.add(new Finding(INFO.id(), drift ? Severity.NOTICE : INFO.severity(), at, List.of(), message,
                PrintedPercent.asFigure(r.expected()), how, PrintedPercent.asFigure(c.percent()), null));
    }
}

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
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.SubjectKind;

/**
 * Every share (“占 86.95%”) equals part ÷ whole, recomputed from the tables' printed figures (the stated
 * amounts where the tables give none) and judged at the printed precision by {@link PrintedPercent}.
 *
 * <p>The whole is what the prose states the part is a part of: the nearest total stated before it in
 * the section (“…支出预算 1,229.70 万元，其中：基本支出 …，占 …”); for a “三公” item the “三公” total, for
 * a procurement part the procurement total, for 人员经费/公用经费 the 基本支出; failing that, the
 * section's own total ({@link TableFigures#sectionTotal}).
 */
public final class StatedShares implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-SHARE", "情况说明中的占比应等于部分除以整体", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /**
     * A figure with its place and the number of printed figures behind it: a table's {@code figure}, or
     * the amount the fact {@code stated} states (the other null). How it was found and its places are
     * worked out only for a finding.
     */
    private record Amount(Money amount, int parts, Figure figure, Fact stated) {

        static Amount of(Figure g) {
            return new Amount(g.amount(), g.parts(), g, null);
        }

        static Amount of(Fact f) {
            return new Amount(f.amount(), 1, null, f);
        }

        String how() {
            return figure != null ? figure.how() : "第" + stated.section() + "节所述“" + stated.subject().text() + "”";
        }

        List<Location> places() {
            return figure != null ? figure.places() : List.of(ProsePlaces.fact(stated, "金额"));
        }
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        TableFigures figures = TableFigures.of(d, ctx);
        List<Fact> facts = d.explanation().facts();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.sharePercent() == null) {
                continue;
            }
            Amount part = amount(figures, facts, i);
            Amount whole = part == null ? null : whole(figures, facts, i);
            if (part == null || whole == null) {
                continue;
            }
            judge(f, part, whole, out);
        }
    }

    private static void judge(Fact f, Amount part, Amount whole, Findings out) {
        if (whole.amount().signum() <= 0) {
            out.report(INFO, Severity.ERROR, ProsePlaces.fact(f, "占比"), whole.places(),
                    "“" + f.subject().text() + "”占 " + f.sharePercent().toPlainString() + "% 无从计算：整体（" + whole.how() + "）为零。");
            return;
        }
        if (PrintedPercent.isExactShare(part.amount(), whole.amount(), f.sharePercent())) {
            return; // the usual share, told in whole cents
        }
        PrintedPercent.Result r = PrintedPercent.share(part.amount(), PrintedPercent.slack(part.parts()), whole.amount(),
                PrintedPercent.slack(whole.parts()), f.sharePercent());
        if (r.verdict() == PrintedPercent.Verdict.EXACT) {
            return; // the usual share: no place or message to build
        }
        Location at = ProsePlaces.fact(f, "占比");
        String printed = f.sharePercent().toPlainString();
        int scale = Math.max(0, f.sharePercent().scale());
        String how = part.how() + " " + part.amount().formatted() + " ÷ " + whole.how() + " " + whole.amount().formatted()
                + " = " + PrintedPercent.show(r.exact(), scale + 2) + "%";
        List<Location> related = new java.util.ArrayList<>(part.places());
        related.addAll(whole.places());
        boolean drift = r.verdict() == PrintedPercent.Verdict.DRIFT;
        String message = drift
                ? "舍入差异：“" + f.subject().text() + "”占 " + printed + "%，按表中数字计算为 " + PrintedPercent.show(r.expected(), scale)
                        + "%，但在各数四舍五入允许的范围 " + r.rangeText(scale) + " 之内。"
                : "“" + f.subject().text() + "”占 " + printed + "%，与表中数字不符：应为 " + PrintedPercent.show(r.expected(), scale)
                        + "%（四舍五入允许的范围 " + r.rangeText(scale) + "）。";
        out.add(new Finding(INFO.id(), drift ? Severity.NOTICE : INFO.severity(), at, related, message,
                PrintedPercent.asFigure(r.expected()), how, PrintedPercent.asFigure(f.sharePercent()), null));
    }

    /** The part: the table figure of the fact at {@code index}, or its stated amount; null when neither is known. */
    private static Amount amount(TableFigures figures, List<Fact> facts, int index) {
        Figure t = figures.printedFigure(index);
        if (t != null) {
            return Amount.of(t);
        }
        Fact f = facts.get(index);
        if (f.amount() != null) {
            return Amount.of(f);
        }
        return null;
    }

    private static Amount whole(TableFigures figures, List<Fact> facts, int index) {
        Fact f = facts.get(index);
        for (int j = index - 1; j >= 0; j--) {
            Fact w = facts.get(j);
            if (w.section() != f.section()) {
                break;
            }
            if (containerOf(f, w) && w.amount() != null) {
                return amount(figures, facts, j);
            }
        }
        Figure total = figures.sectionTotal(f.section());
        return total == null ? null : Amount.of(total);
    }

    /** Whether {@code w} is what {@code f}'s share is a share of. */
    private static boolean containerOf(Fact f, Fact w) {
        SubjectKind k = f.subject().kind();
        String key = f.subject().key();
        if (k == SubjectKind.SANGONG || k == SubjectKind.PROCUREMENT) {
            return w.subject().kind() == k && "total".equals(w.subject().key()) && !"total".equals(key);
        }
        if (k == SubjectKind.NATURE && ("personnel".equals(key) || "public".equals(key))) {
            return w.subject().kind() == SubjectKind.NATURE && "basic".equals(w.subject().key());
        }
        return w.subject().kind() == SubjectKind.TOTAL;
    }
}

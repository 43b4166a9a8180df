package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;

/**
 * Every amount part 3 states equals the table figure it restates ({@link TableFigures} says which), and
 * a source or item the prose calls 未安排 is empty or zero in the tables. One printed figure against
 * another: no tolerance, unless the table side is itself a sum of printed figures.
 */
public final class StatedAmounts implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-AMOUNT", "情况说明中的金额应与公开表一致", Severity.ERROR, Family.PROSE);

    @Override
    public RuleInfo info() {
        return INFO;
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
            if (f.amount() == null && !f.notArranged()) {
                continue;
            }
            Figure t = figures.figure(i);
            if (t == null) {
                continue;
            }
            String subject = f.subject().text();
            if (f.amount() != null) {
                if (t.amount().value().compareTo(f.amount().value()) == 0) { // both scale 2: as equals, without the record's method handle
                    continue; // the usual case: no message, text or places to build
                }
                out.requireEqual(INFO, ProsePlaces.fact(f, "金额"), t.places(),
                        "第" + f.section() + "节所述“" + subject + "”" + f.amount().formatted() + " 万元应与公开表一致。",
                        t.amount(), t.how(), f.amount(), t.parts());
            } else if (!t.amount().isZero()) {
                out.requireEqual(INFO, ProsePlaces.fact(f, "未安排"), t.places(),
                        "第" + f.section() + "节称“" + subject + "”未安排，但公开表中有数。",
                        t.amount(), t.how(), Money.ZERO, t.parts());
            }
        }
    }
}

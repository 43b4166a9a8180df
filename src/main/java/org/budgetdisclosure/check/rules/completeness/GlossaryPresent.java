package org.budgetdisclosure.check.rules.completeness;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.GlossaryTerm;

/**
 * Part 4, 名词解释, is present and explains at least one term. A warning: the figures are not in doubt,
 * but the format requires it and readers need it.
 */
public final class GlossaryPresent implements Rule {

    public static final RuleInfo INFO = new RuleInfo("COMP-GLOSSARY", "应有第四部分名词解释", Severity.WARNING, Family.COMPLETENESS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        for (GlossaryTerm t : d.glossary()) {
            if (t.term() != null && !t.term().isBlank()) {
                return; // one term explained is enough
            }
        }
        out.report(INFO, INFO.severity(), Location.file(d.source()), List.of(),
                "没有第四部分“名词解释”（或其中没有任何名词）。");
    }
}

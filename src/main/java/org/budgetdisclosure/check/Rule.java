package org.budgetdisclosure.check;

import org.budgetdisclosure.model.Disclosure;

/** A check. Stateless; adds findings to {@code out} and never throws for bad data. */
public interface Rule {

    RuleInfo info();

    void check(Disclosure d, CheckContext ctx, Findings out);
}

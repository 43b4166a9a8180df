package org.budgetdisclosure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.RuleBook;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

/** The example's computed disclosure passes the checker: no error, and no warning but one the budget's own text earns. */
class ComputedPassesCheckerTest {

    static List<Finding> check(Disclosure d) {
        return new Checker(RuleBook.all()).check(d, CheckContext.forDocument(d));
    }

    @Test
    void theExampleHasNoErrorAndOnlyTheProjectNameWarning() {
        List<Finding> findings = check(Compute.compute(Examples.budget()));
        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        // “化债工作奖补资金” is about health checks: the sample's own text, kept as it is
        assertThat(findings).extracting(f -> f.severity() + " " + f.rule())
                .containsExactly("WARNING PLAUS-PROJECT-NAME");
    }
}

package org.budgetdisclosure.portal;

import java.util.List;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;

/**
 * A stored version turned into what the pages show: the disclosure, its text form (which the check
 * report links into), and its findings.
 */
public record CheckedDocument(Disclosure disclosure, String text, List<Finding> findings) {

    public CheckedDocument {
        findings = List.copyOf(findings);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }
}

package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.report.TextReport;
import org.junit.jupiter.api.Test;

/**
 * The sample's findings, reviewed by hand (docs/sample-findings.md says why each is right), kept as a
 * golden file so any change in what the checker says about the sample shows up in review.
 */
class SampleFindingsTest {

    private static List<Finding> findings() {
        return new Checker(RuleBook.all()).check(Samples.parsedSample(), CheckContext.forDocument(Samples.sample()));
    }

    @Test
    void theSampleGivesTheReviewedFindings() {
        Golden.assertMatches("sample.findings.txt", TextReport.render(findings()));
    }

    @Test
    void theSamplesRealDefectsAreErrorsAndItsRoundingDriftOnlyNotices() {
        List<Finding> f = findings();
        assertThat(f).filteredOn(x -> x.severity() == Severity.ERROR).extracting(Finding::rule).containsExactlyInAnyOrder(
                "PROSE-REASON", "PROSE-CHANGE", "PROSE-ALLOCATION", "PROSE-ALLOCATION", "PROSE-AMOUNT", "TGT-DEPT-TOTAL",
                "TGT-WEIGHT-SUM");
        // every table identity that fails on the sample fails by at most the rounding tolerance
        assertThat(f).filteredOn(x -> x.at().table() != null).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.NOTICE));
    }
}

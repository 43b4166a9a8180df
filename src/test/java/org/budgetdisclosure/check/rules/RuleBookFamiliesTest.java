package org.budgetdisclosure.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleBook;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Targets;
import org.junit.jupiter.api.Test;

/** The target, completeness and catalog rules are registered in id order, documented, and honest on the sample. */
class RuleBookFamiliesTest {

    private static final Set<Family> FAMILIES = Set.of(Family.TARGET, Family.COMPLETENESS, Family.CATALOG);

    private static List<Rule> ours() {
        return RuleBook.all().stream().filter(r -> FAMILIES.contains(r.info().family())).toList();
    }

    @Test
    void theRulebookListsRulesInIdOrder() {
        List<String> ids = RuleBook.all().stream().map(r -> r.info().id()).toList();
        assertThat(ids).isSorted();
    }

    @Test
    void everyIdOfTheseFamiliesHasItsDocPage() {
        assertThat(ours()).isNotEmpty();
        for (RuleInfo info : ours().stream().map(Rule::info).distinct().toList()) {
            Path page = Path.of("docs/rules", info.id() + ".md");
            assertThat(page).as(info.id()).exists();
            assertThat(readFirstLine(page)).as(info.id()).isEqualTo("# " + info.id() + " · " + info.title());
        }
    }

    @Test
    void onTheSampleTheseFamiliesReportExactlyItsKnownDefects() {
        List<Finding> found = new Checker(ours()).check(Samples.sample(), CheckContext.forDocument(Samples.sample()));
        assertThat(found).extracting(f -> f.rule() + " " + f.severity() + " " + f.at().line()).containsExactly(
                "TGT-DEPT-TOTAL ERROR 584",        // 1,229.69 against 1,229.70
                "TGT-WEIGHT-SUM ERROR 647",        // 运行补助经费 weights add up to 86, not 90
                "TGT-VALUE-FORM WARNING 662",      // 当年工作完成率 “=100” without unit
                "TGT-COST-ALLOC WARNING 668");     // 外事经费 allocated 15.2, capped at ≤19
        assertThat(found).noneMatch(f -> f.severity() == Severity.NOTICE);
    }

    @Test
    void noRuleCrashesOnADisclosureWithNothingInIt() {
        Disclosure empty = new Disclosure("empty.txt", null, null, List.of(), null, null, List.of());
        assertThat(new Checker(ours()).check(empty, CheckContext.none())).noneMatch(f -> f.rule().equals("RULE-CRASH"));
    }

    @Test
    void noRuleCrashesOnTargetsAndPart3WithEverythingUnread() {
        Disclosure d = Samples.sample();
        Indicator blank = new Indicator(null, null, null, new IndicatorValue(null, null, null, null), null, null, null, null, null, null);
        Indicator odd = new Indicator("成本指标", null, null, new IndicatorValue("≤1.005万元", Operator.LE, new BigDecimal("1.005"), "万元"),
                null, null, new BigDecimal("2.5"), null, null, null);
        ProjectTarget p = new ProjectTarget(null, null, null, null, null, null, null, null, List.of(blank, odd), null);
        DepartmentTarget dt = new DepartmentTarget(null, null, null, null, null, null, null, null, null, List.of(blank), null);
        Explanation e = new Explanation(List.of(new Section(7, null, List.of(new Paragraph(null, false, null)), null)),
                List.of(new Fact(10, null, null, false, null, null, null, null, null)), List.of(),
                List.of(new ProjectDescription(null, null, null, null, null, null, List.of(new AllocationPart(null, null)), null, null, null, null)),
                null);
        d = d.withTargets(new Targets(dt, List.of(p))).withExplanation(e);
        assertThat(new Checker(ours()).check(d, CheckContext.forDocument(d))).noneMatch(f -> f.rule().equals("RULE-CRASH"));
    }

    private static String readFirstLine(Path p) {
        try {
            return Files.readAllLines(p).get(0);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

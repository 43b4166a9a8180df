package org.budgetdisclosure.check.rules.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.prose.ProseMutations;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.ProjectDescription;
import org.junit.jupiter.api.Test;

class ProjectNameMatchesContentTest {

    private final ProjectNameMatchesContent rule = new ProjectNameMatchesContent();

    @Test
    void findsTheSamplesDebtProjectThatPaysForHealthChecks() {
        // “化债工作奖补资金”: its 政策依据 and 资金分配 are entirely about 干部健康检测
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PLAUS-PROJECT-NAME");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(521);
            assertThat(f.at().row()).isEqualTo("化债工作奖补资金");
            assertThat(f.message()).contains("化债");
        });
    }

    @Test
    void theNameKeepsOnlyItsSpecificWords() {
        assertThat(ProjectNameMatchesContent.keyPairs("化债工作奖补资金")).containsExactly("化债");
        assertThat(ProjectNameMatchesContent.keyPairs("电子政务维护费")).containsExactly("电子", "子政", "政务", "务维", "维护");
        // nothing specific to compare: 运行补助经费 is not judged
        assertThat(ProjectNameMatchesContent.keyPairs("运行补助经费")).isEmpty();
        assertThat(ProjectNameMatchesContent.keyPairs("2026年度专项资金")).isEmpty();
    }

    @Test
    void acceptsANameSharingOneWordWithTheText() {
        // 安全 occurs in the 电子政务 policy basis (“政府网站安全管理”): overlap, however slight, is not judged
        Disclosure d = ProseMutations.withProject(Samples.sample(), "电子政务维护费", p -> new ProjectDescription("农村饮水安全",
                p.policyBasis(), p.amount(), p.unit(), p.allocationText(), p.statedTotal(), p.allocation(), p.executionPeriod(),
                p.start(), p.end(), p.at()));
        assertThat(run(rule, d)).filteredOn(f -> f.at().line() == 495).isEmpty();
    }

    @Test
    void flagsADescriptionFiledUnderAnUnrelatedName() {
        Disclosure d = ProseMutations.withProject(Samples.sample(), "电子政务维护费", p -> new ProjectDescription("农田水利灌溉补助",
                p.policyBasis(), p.amount(), p.unit(), p.allocationText(), p.statedTotal(), p.allocation(), p.executionPeriod(),
                p.start(), p.end(), p.at()));
        assertThat(run(rule, d)).filteredOn(f -> f.at().line() == 495).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("农田水利灌溉补助"));
    }

    @Test
    void theFastRangeOfChineseCharactersIsAllHan() {
        for (char c = '\u4E00'; c <= '\u9FEF'; c++) {
            assertThat(Character.UnicodeScript.of(c)).as("U+%04X", (int) c).isEqualTo(Character.UnicodeScript.HAN);
        }
        for (char c : "a中 ，1é".toCharArray()) {
            assertThat(ProjectNameMatchesContent.isWordChar(c))
                    .isEqualTo(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetter(c));
        }
    }

    @Test
    void wordCharactersAreHanOrLettersOverTheWholePlane() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            assertThat(ProjectNameMatchesContent.isWordChar(ch)).as("U+%04X", c)
                    .isEqualTo(Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || Character.isLetter(ch));
        }
    }
}

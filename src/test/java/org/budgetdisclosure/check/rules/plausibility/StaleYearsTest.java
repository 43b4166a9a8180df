package org.budgetdisclosure.check.rules.plausibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.prose.ProseMutations;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

class StaleYearsTest {

    private final StaleYears rule = new StaleYears();

    private List<Finding> newFindings(Disclosure d) {
        List<Finding> before = run(rule, Samples.sample());
        return run(rule, d).stream().filter(f -> !before.contains(f)).toList();
    }

    @Test
    void findsTheSamplesInternetFeesForLastYear() {
        // 运行补助经费 (2026 budget): “4.8万元用于支付政府大楼2025年1月至12月的互联网费用”.
        // Not counted: 2025 as last year (“2025年与2026年均未安排”), 截至2025年底, 国办发〔2017〕47号.
        assertThat(run(rule, Samples.sample())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PLAUS-STALE-YEAR");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(515);
            assertThat(f.at().section()).isEqualTo(7);
            assertThat(f.at().row()).isEqualTo("2025年1月");
        });
    }

    @Test
    void flagsAYearOlderThanLastYear() {
        Disclosure d = ProseMutations.sampleEdited("2025 年与 2026 年均未安排公务接待费", "2023 年与 2026 年均未安排公务接待费");
        assertThat(newFindings(d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(545);
            assertThat(f.at().row()).isEqualTo("2023年");
        });
    }

    @Test
    void acceptsAnAsOfDateInTheYearBefore() {
        Disclosure d = ProseMutations.sampleEdited("截至 2025 年底", "截至 2025 年 8 月 31 日");
        assertThat(newFindings(d)).isEmpty();
    }

    @Test
    void yearsInDocumentTitlesAreNotStale() {
        Disclosure d = ProseMutations.sampleEdited("依据《新时代干部队伍建设规划纲要》", "依据《2019年新时代干部队伍建设规划纲要》");
        assertThat(newFindings(d)).isEmpty();
        Disclosure plain = ProseMutations.sampleEdited("依据《新时代干部队伍建设规划纲要》", "依据2019年《新时代干部队伍建设规划纲要》");
        assertThat(newFindings(plain)).singleElement().satisfies(f -> assertThat(f.at().row()).isEqualTo("2019年"));
    }
}

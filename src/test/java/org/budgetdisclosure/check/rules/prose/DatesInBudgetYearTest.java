package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.time.LocalDate;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.ProjectDescription;
import org.junit.jupiter.api.Test;

class DatesInBudgetYearTest {

    private final DatesInBudgetYear rule = new DatesInBudgetYear();

    private static Disclosure withPeriod(String text, LocalDate start, LocalDate end) {
        return ProseMutations.withProject(Samples.sample(), "电子政务维护费", p -> new ProjectDescription(p.name(), p.policyBasis(),
                p.amount(), p.unit(), p.allocationText(), p.statedTotal(), p.allocation(), text, start, end, p.at()));
    }

    @Test
    void acceptsTheSample() {
        // three projects run 2026-01-01 to 2026-12-31; assets are 截至 2025 年底
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAnExecutionPeriodRunningIntoTheNextYear() {
        Disclosure d = withPeriod("2026年7月1日-2027年6月30日", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-DATE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(495);
            assertThat(f.message()).contains("2027年6月30日");
        });
    }

    @Test
    void flagsAnExecutionPeriodEndingBeforeItStarts() {
        Disclosure d = withPeriod("2026年12月1日-2026年1月31日", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 1, 31));
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.message()).contains("结束早于开始"));
    }

    @Test
    void flagsAssetsReportedAsOfTheWrongYear() {
        Disclosure d = ProseMutations.sampleEdited("截至 2025 年底", "截至 2024 年底");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(567);
            assertThat(f.message()).contains("2024").contains("2025");
        });
    }
}

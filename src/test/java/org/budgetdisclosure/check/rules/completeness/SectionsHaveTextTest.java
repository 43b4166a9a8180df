package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Section;
import org.junit.jupiter.api.Test;

class SectionsHaveTextTest {

    private final SectionsHaveText rule = new SectionsHaveText();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsASectionWithOnlyItsHeading() {
        Disclosure d = Edits.section(Samples.sample(), 9, s -> new Section(s.number(), s.title(), List.of(), s.at()));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-SECTION");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().section()).isEqualTo(9);
            assertThat(f.at().line()).isEqualTo(537);
        });
    }

    @Test
    void flagsASectionNumberUsedTwice() {
        Disclosure d = Edits.explanation(Samples.sample(), e -> {
            List<Section> list = new ArrayList<>(e.sections());
            list.add(e.sections().get(8));
            return new Explanation(list, e.facts(), e.lists(), e.projects(), e.other());
        });
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.message()).contains("不止一次"));
    }

    @Test
    void anEmptySectionInTheTextIsFlagged() {
        // section 九 printed as a heading only, straight followed by 十
        String text = Samples.sampleText().replace(
                "昌吉市人民政府办公室 2026 年没有使用国有资本经营预算拨款安排的支出，国有资本经营预算支出情况表为空表。\n\n## 十、", "## 十、");
        Disclosure d = Samples.read("empty-section.txt", text).value();
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.at().section()).isEqualTo(9));
    }
}

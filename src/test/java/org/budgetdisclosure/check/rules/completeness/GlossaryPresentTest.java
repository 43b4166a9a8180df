package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.junit.jupiter.api.Test;

class GlossaryPresentTest {

    private final GlossaryPresent rule = new GlossaryPresent();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsADisclosureWithoutGlossary() {
        Disclosure d = Edits.withGlossary(Samples.sample(), List.of());
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-GLOSSARY");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().source()).isEqualTo(Samples.SAMPLE_NAME);
        });
    }

    @Test
    void flagsATextThatStopsBeforePart4() {
        String text = Samples.sampleText();
        text = text.substring(0, text.indexOf("## 第四部分 名词解释")) + "昌吉市人民政府办公室\n";
        Disclosure d = Samples.read("no-part4.txt", text).value();
        assertThat(run(rule, d)).hasSize(1);
    }
}

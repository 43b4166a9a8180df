package org.budgetdisclosure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.WithoutProvenance;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.render.MdRenderer;
import org.junit.jupiter.api.Test;

/**
 * Budget → md → parse: the disclosure computed from the example budget, printed in the text form and read
 * back by the text reader, is the same disclosure (provenance aside) — every table cell, fact, change,
 * list, project text, target indicator and glossary term. (The sample's own round trip is in MdRendererTest.)
 */
class BudgetMdRoundTripTest {

    @Test
    void theExampleBudgetsMdReadsBackToTheComputedDisclosure() {
        Disclosure computed = Compute.compute(Examples.budget());
        Parsed<Disclosure> back = Samples.read("budget.md", MdRenderer.toMarkdown(computed));
        assertThat(back.diagnostics()).as("the reader notes nothing in generated text").isEmpty();
        assertThat(WithoutProvenance.json(back.value())).isEqualTo(WithoutProvenance.json(computed));
        // the comparison covers the whole document, not an empty shell
        assertThat(back.value().tables()).hasSize(12);
        assertThat(back.value().explanation().facts()).hasSizeGreaterThan(50);
        assertThat(back.value().targets().projects()).hasSize(3);
    }

    @Test
    void theComparisonWouldSeeAFlatChangeThatGainedAnAmount() {
        // 三公 items that were zero both years are “持平”: the text prints no amount, so neither may the model
        Disclosure computed = Compute.compute(Examples.budget());
        assertThat(computed.explanation().facts()).filteredOn(f -> f.change() != null
                && f.change().direction() == org.budgetdisclosure.model.Direction.FLAT).isNotEmpty()
                .allSatisfy(f -> assertThat(f.change().amount()).isNull());
    }
}

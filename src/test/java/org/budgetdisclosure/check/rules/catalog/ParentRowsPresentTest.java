package org.budgetdisclosure.check.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class ParentRowsPresentTest {

    private final ParentRowsPresent rule = new ParentRowsPresent();

    @Test
    void acceptsTheSample() {
        // 表7's projects stand in for their 项 2010399; the 款 20103 row is printed
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsItemsWhoseSectionRowIsMissingOnce() {
        Disclosure d = Edits.withoutRows(Samples.sample(), TableId.T3, r -> "21011".equals(r.code()));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CAT-PARENT-ROW");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T3);
            assertThat(f.at().line()).isEqualTo(185);
            assertThat(f.message()).contains("21011");
        });
    }

    @Test
    void flagsProjectsWhoseSectionRowIsMissing() {
        Disclosure d = Edits.withoutRows(Samples.sample(), TableId.T7, r -> "20103".equals(r.code()) && r.kind() == RowKind.FUNCTION);
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.at().line()).isEqualTo(321));
    }

    @Test
    void flagsAnEconomicSectionWhoseClassRowIsMissing() {
        Disclosure d = Edits.withoutRows(Samples.sample(), TableId.T6, r -> "302".equals(r.code()));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(291);
            assertThat(f.message()).contains("302");
        });
    }

    @Test
    void aTableWithoutAnyParentRowIsOneWarning() {
        Disclosure d = Edits.withoutRows(Samples.sample(), TableId.T5, r -> r.code() != null && r.code().length() < 7);
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().table()).isEqualTo(TableId.T5);
        });
    }
}

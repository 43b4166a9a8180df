package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.budgetdisclosure.ingest.text.TableProfile.ColumnSpec;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/** The profiles are data; these tests keep them consistent with themselves. */
class TableProfilesTest {

    @Test
    void everyStandardHeaderNamesEveryRequiredColumnInItsStandardOrder() {
        for (TableId id : TableId.values()) {
            TableProfile p = TableProfiles.of(id);
            assertThat(p).as(id.label()).isNotNull();
            assertThat(TableLayout.standard(p).columns()).as(id.label())
                    .extracting(Column::key)
                    .containsExactlyElementsOf(p.columns().stream().filter(c -> !c.optional()).map(ColumnSpec::key).toList());
        }
    }

    @Test
    void noStandardHeaderLineReadsAsARow() {
        for (TableId id : TableId.values()) {
            TableProfile p = TableProfiles.of(id);
            for (String line : p.standardHeader()) {
                assertThat(TableReader.isHeader(SourceLine.of(1, line), p)).as(id.label() + " › " + line).isTrue();
            }
        }
    }
}

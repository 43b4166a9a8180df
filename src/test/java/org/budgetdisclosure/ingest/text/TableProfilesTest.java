package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    @Test
    void everyAliasBrokenOverTwoHeadingsIsStillJoinedForTheLookup() {
        // the join of the last two headings is skipped unless the leaf ends some alias: no split of an alias may be missed
        for (TableId id : TableId.values()) {
            TableProfile p = TableProfiles.of(id);
            for (ColumnSpec c : p.columns()) {
                for (String a : c.aliases()) {
                    for (int i = 0; i <= a.length(); i++) {
                        List<String> path = List.of("上", a.substring(0, i), a.substring(i));
                        assertThat(p.columnIndex().lastTwoIfNaming(path)).as(id.label() + " › " + a + " at " + i).isEqualTo(a);
                    }
                }
            }
            assertThat(p.columnIndex().lastTwoIfNaming(List.of("财政拨款", "不是任何列的名字"))).as(id.label()).isNull();
        }
    }
}

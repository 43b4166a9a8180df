package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Mutations;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class SectionStatesEmptyTableTest {

    private static final List<SectionStatesEmptyTable> ALL = List.of(new SectionStatesEmptyTable(8, TableId.T8),
            new SectionStatesEmptyTable(9, TableId.T9), new SectionStatesEmptyTable(11, TableId.T11),
            new SectionStatesEmptyTable(12, TableId.T12));

    @Test
    void acceptsTheSample() {
        for (SectionStatesEmptyTable rule : ALL) {
            assertThat(run(rule, Samples.sample())).isEmpty();
        }
    }

    @Test
    void flagsASectionThatCallsATableWithAmountsEmpty() {
        Disclosure d = Mutations.withCell(Samples.sample(), TableId.T8, r -> r.kind() == RowKind.TOTAL, "total", "10.00");
        assertThat(run(ALL.get(0), d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-EMPTY-PROSE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().section()).isEqualTo(8);
            assertThat(f.at().line()).isEqualTo(533);
            assertThat(f.related()).singleElement().satisfies(l -> assertThat(l.table()).isEqualTo(TableId.T8));
        });
    }

    @Test
    void warnsWhenAnEmptyTablesSectionDoesNotSaySo() {
        Disclosure d = Edits.section(Samples.sample(), 11, s -> new Section(s.number(), s.title(),
                List.of(new Paragraph("本部门委托业务费支出情况见表11。", false, s.paragraphs().get(0).at())), s.at()));
        assertThat(run(ALL.get(2), d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().section()).isEqualTo(11);
            assertThat(f.at().line()).isEqualTo(547);
        });
    }

    @Test
    void readsWhatASectionSays() {
        assertThat(SectionStatesEmptyTable.saysEmpty("…政府性基金预算支出情况表为空表。")).isTrue();
        assertThat(SectionStatesEmptyTable.saysEmpty("2026年未安排委托业务费预算。")).isTrue();
        assertThat(SectionStatesEmptyTable.saysEmpty("政府性基金预算支出0.00万元，未安排。")).isTrue();
        assertThat(SectionStatesEmptyTable.saysEmpty("委托业务费10.00万元，其中政府性基金未安排。")).isFalse();
        assertThat(SectionStatesEmptyTable.saysEmpty("委托业务费10.00万元，主要用于审计。")).isFalse();
    }
}

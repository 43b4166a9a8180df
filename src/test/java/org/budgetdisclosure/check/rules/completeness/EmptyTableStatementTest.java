package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Mutations;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class EmptyTableStatementTest {

    private final EmptyTableStatement rule = new EmptyTableStatement();

    @Test
    void acceptsTheSample() {
        // 表8, 表9, 表11, 表12 are empty and say so; the others have amounts and no statement
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAnEmptyStatementUnderATableWithAmounts() {
        Disclosure d = Mutations.withCell(Samples.sample(), TableId.T8, r -> r.kind() == RowKind.TOTAL, "total", "10.00");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-EMPTY-TABLE");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T8);
            assertThat(f.at().line()).isEqualTo(328);
        });
    }

    @Test
    void warnsOnAnEmptyTableWithoutStatement() {
        Disclosure d = Edits.emptyStatement(Samples.sample(), TableId.T11, null);
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().table()).isEqualTo(TableId.T11);
            assertThat(f.at().line()).isEqualTo(375);
        });
    }

    @Test
    void warnsOnAStatementThatNamesAnotherTable() {
        String copied = Samples.sample().table(TableId.T8).orElseThrow().emptyStatement();
        Disclosure d = Edits.emptyStatement(Samples.sample(), TableId.T9, copied);
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().table()).isEqualTo(TableId.T9);
            assertThat(f.message()).contains("政府性基金预算支出情况表").contains("国有资本经营预算支出情况表");
        });
    }

    @Test
    void printedZerosCountAsEmpty() {
        Disclosure d = Mutations.withCell(Samples.sample(), TableId.T8, r -> r.kind() == RowKind.TOTAL, "total", "0.00");
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void theStatementIsReadFromTheTextUnderTheTable() {
        // 表12 without its sentence, as printed text: the reader attaches none, the rule asks for one
        String text = Samples.sampleText().replace(
                "昌吉市人民政府办公室 2026 年没有上年结转结余预算安排的支出，上年结转结余情况表为空表。\n\n### 第三部分", "### 第三部分");
        Disclosure d = Samples.read("no-t12-statement.txt", text).value();
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.at().table()).isEqualTo(TableId.T12));
    }
}

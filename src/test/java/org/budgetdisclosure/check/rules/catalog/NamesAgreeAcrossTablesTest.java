package org.budgetdisclosure.check.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class NamesAgreeAcrossTablesTest {

    private final NamesAgreeAcrossTables rule = new NamesAgreeAcrossTables();

    @Test
    void acceptsTheSample() {
        // 表2 prints “其他政府办公厅（室）及相关机 构事务支出” with a line-break space: the same name
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsACodePrintedWithAnotherNameInOneTable() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T3, r -> "2010301".equals(r.code()), r -> Edits.named(r, "行政运行费"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CAT-NAME-TABLES");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T3);
            assertThat(f.at().line()).isEqualTo(176);
            assertThat(f.message()).contains("表3").contains("行政运行费").contains("表2、表5");
            assertThat(f.related()).singleElement().satisfies(l -> assertThat(l.table()).isEqualTo(TableId.T2));
        });
    }

    @Test
    void withoutCatalogTheSpellingMostTablesPrintIsTheReference() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T2, r -> "2010301".equals(r.code()), r -> Edits.named(r, "行政运行费"));
        assertThat(new Checker(List.of(rule)).check(d, CheckContext.none())).singleElement().satisfies(f -> {
            assertThat(f.at().table()).isEqualTo(TableId.T2);
            assertThat(f.message()).contains("表3、表5");
        });
    }

    @Test
    void aNameCutShortInOneTableIsANotice() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T5, r -> "2010399".equals(r.code()), r -> Edits.named(r, "其他政府办公厅（室）及相关机构事务"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.at().table()).isEqualTo(TableId.T5);
        });
    }

    @Test
    void bracketWidthAndSpacesDoNotCount() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T5, r -> "20103".equals(r.code()), r -> Edits.named(r, "政府办公厅(室)及相关机 构事务"));
        assertThat(run(rule, d)).isEmpty();
    }
}

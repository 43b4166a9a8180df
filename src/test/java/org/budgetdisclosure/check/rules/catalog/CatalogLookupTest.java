package org.budgetdisclosure.check.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.catalog.Classification;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class CatalogLookupTest {

    private final CatalogLookup names = CatalogLookup.names();
    private final CatalogLookup unknown = CatalogLookup.unknownCodes();

    /** The shipped 2026 function catalog without 2101199, taken as complete (as an official file is). */
    private static Catalog completeWithout2101199(int year) {
        Catalog shipped = Catalogs.builtIn(2026).orElseThrow();
        Classification f = Classification.of(Scheme.FUNCTION, "测试用 2026 年支出功能分类科目", false,
                shipped.function().entries().stream().filter(e -> !e.code().digits().equals("2101199")).toList());
        return new Catalog(year, 2026, f, shipped.economic());
    }

    private static List<Finding> runWith(Rule rule, Disclosure d, Catalog c) {
        return new Checker(List.of(rule)).check(d, new CheckContext(c));
    }

    @Test
    void acceptsTheSample() {
        assertThat(run(names, Samples.sample())).isEmpty();
        assertThat(run(unknown, Samples.sample())).isEmpty();
    }

    @Test
    void flagsANameThatDiffersFromAVerifiedCatalogRow() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T6, r -> "30101".equals(r.code()), r -> Edits.named(r, "基础工资"));
        assertThat(run(names, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CAT-NAME-CATALOG");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T6);
            assertThat(f.at().line()).isEqualTo(279);
            assertThat(f.message()).contains("基础工资").contains("基本工资");
        });
    }

    @Test
    void onlyWarnsAgainstARowObservedInOtherYears() {
        // 2080599 其他行政事业单位养老支出 is 'observed': printed in other years' documents only
        Disclosure d = Edits.rows(Samples.sample(), TableId.T3, r -> "2101199".equals(r.code()), r -> Edits.coded(r, "2080599"));
        assertThat(run(names, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("observed");
        });
    }

    @Test
    void aNameCutShortIsANotice() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T3, r -> "2010399".equals(r.code()), r -> Edits.named(r, "其他政府办公厅（室）及相关机构"));
        assertThat(run(names, d)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NOTICE));
    }

    @Test
    void aCodeUnknownToThePartialShippedCatalogIsANotice() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T3, r -> "2101199".equals(r.code()), r -> Edits.coded(r, "2101198"));
        assertThat(run(unknown, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CAT-CODE-UNKNOWN");
            assertThat(f.severity()).isEqualTo(Severity.NOTICE);
            assertThat(f.at().line()).isEqualTo(188);
        });
    }

    @Test
    void aCodeUnknownToACompleteCatalogIsAnErrorReportedOnceWithItsOtherRows() {
        List<Finding> found = runWith(unknown, Samples.sample(), completeWithout2101199(2026));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T2);
            assertThat(f.at().line()).isEqualTo(150);
            assertThat(f.related()).extracting(l -> l.table()).containsExactly(TableId.T3, TableId.T5);
        });
    }

    @Test
    void anotherYearsCatalogCanOnlyWarn() {
        assertThat(runWith(unknown, Samples.sample(), completeWithout2101199(2027)))
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void withoutCatalogNothingIsChecked() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T6, r -> "30101".equals(r.code()), r -> Edits.named(r, "基础工资"));
        assertThat(runWith(names, d, null)).isEmpty();
        assertThat(runWith(unknown, d, null)).isEmpty();
    }
}

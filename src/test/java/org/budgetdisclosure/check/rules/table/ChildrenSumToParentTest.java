package org.budgetdisclosure.check.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.problems;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class ChildrenSumToParentTest {

    @Test
    void acceptsTheSampleApartFromItsRoundingDrift() {
        List<Finding> f = run(new ChildrenSumToParent(TableId.T3), Samples.sample());
        assertThat(problems(f)).isEmpty();
        // 21011 行政事业单位医疗 72.78 against 32.71 + 18.12 + 21.40 + 0.54 = 72.77: drift within 4 × 0.005
        assertThat(f).isNotEmpty().allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.NOTICE);
            assertThat(x.at().row()).startsWith("21011");
            assertThat(x.difference()).isEqualTo(Money.of("0.01"));
        });
    }

    @Test
    void flagsAChildRowThatNoLongerAddsUp() {
        Disclosure d = withCell(Samples.sample(), TableId.T3, "2010399", "total", "160.62");
        List<Finding> f = problems(run(new ChildrenSumToParent(TableId.T3), d));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("TREE-SUM");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.at().table()).isEqualTo(TableId.T3);
            assertThat(x.at().row()).isEqualTo("20103 政府办公厅（室）及相关机构事务");
            assertThat(x.at().column()).isEqualTo("合计");
            assertThat(x.at().line()).isEqualTo(175);
            assertThat(x.expected()).isEqualTo(Money.of("963.87"));
            assertThat(x.actual()).isEqualTo(Money.of("963.77"));
            assertThat(x.difference()).isEqualTo(Money.of("-0.10"));
        });
    }

    @Test
    void flagsAnEconomicClassThatDoesNotAddUp() {
        Disclosure d = withCell(Samples.sample(), TableId.T6, "30231", "public", "46.00");
        List<Finding> f = problems(run(new ChildrenSumToParent(TableId.T6), d));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.at().row()).isEqualTo("302 商品和服务支出");
            assertThat(x.at().column()).isEqualTo("公用经费");
            assertThat(x.difference()).isEqualTo(Money.of("18.00"));
        });
    }

    @Test
    void flagsAProjectThatDoesNotAddUpToItsCodeInTable7() {
        Disclosure d = withCell(Samples.sample(), TableId.T7,
                r -> r.kind() == RowKind.PROJECT && "运行补助经费".equals(r.projectName()), "total", "77.78");
        List<Finding> f = problems(run(new ChildrenSumToParent(TableId.T7), d));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.at().row()).startsWith("20103");
            assertThat(x.expected()).isEqualTo(Money.of("170.52"));
        });
    }

    @Test
    void roundingDriftIsANoticeNotAnError() {
        Disclosure d = withCell(Samples.sample(), TableId.T3, "2010399", "total", "160.53");
        List<Finding> f = run(new ChildrenSumToParent(TableId.T3), d);
        assertThat(problems(f)).isEmpty();
        assertThat(f).anySatisfy(x -> {
            assertThat(x.at().row()).startsWith("20103 ");
            assertThat(x.severity()).isEqualTo(Severity.NOTICE);
            assertThat(x.tolerance()).isEqualTo(Money.of("0.01"));
        });
    }
}

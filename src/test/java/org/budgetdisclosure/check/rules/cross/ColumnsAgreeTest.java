package org.budgetdisclosure.check.rules.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class ColumnsAgreeTest {

    private static final ColumnsAgree T4_T5 = new ColumnsAgree(TableId.T4, "gpb", TableId.T5, "total", ColumnsAgree.Rows.CLASSES);
    private static final ColumnsAgree T5_T7 = new ColumnsAgree(TableId.T5, "project", TableId.T7, "total", ColumnsAgree.Rows.ALL_CODES);

    @Test
    void acceptsTheSample() {
        assertThat(run(T4_T5, Samples.sample())).isEmpty();
        assertThat(run(T5_T7, Samples.sample())).isEmpty();
        assertThat(run(new ColumnsAgree(TableId.T5, "basic", TableId.T6, "total", ColumnsAgree.Rows.TOTAL_ONLY), Samples.sample())).isEmpty();
    }

    @Test
    void flagsAClassPrintedDifferentlyInTwoTables() {
        Disclosure d = withCell(Samples.sample(), TableId.T4, r -> r.side() == Side.EXPENDITURE && "201".equals(r.code()), "gpb", "936.77");
        List<Finding> f = run(T4_T5, d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("XT-EQUAL");
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.at().table()).isEqualTo(TableId.T4);
            assertThat(x.at().row()).isEqualTo("201 一般公共服务支出");
            assertThat(x.related()).singleElement().satisfies(r -> assertThat(r.table()).isEqualTo(TableId.T5));
            assertThat(x.expected()).isEqualTo(Money.of("963.77"));
            assertThat(x.actual()).isEqualTo(Money.of("936.77"));
        });
    }

    @Test
    void comparesACodeWithTheSumOfItsProjectsInTable7() {
        Disclosure d = withCell(Samples.sample(), TableId.T7,
                r -> r.kind() == RowKind.PROJECT && "化债工作奖补资金".equals(r.projectName()), "total", "6.00");
        List<Finding> f = run(T5_T7, d);
        assertThat(f).anySatisfy(x -> {
            assertThat(x.at().row()).startsWith("2010399");
            assertThat(x.expected()).isEqualTo(Money.of("161.52"));
            assertThat(x.actual()).isEqualTo(Money.of("160.52"));
            assertThat(x.related()).hasSize(3);
        });
    }
}

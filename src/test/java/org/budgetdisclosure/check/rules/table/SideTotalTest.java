package org.budgetdisclosure.check.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.problems;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class SideTotalTest {

    @Test
    void acceptsTheSample() {
        assertThat(run(SideTotal.balance(TableId.T1), Samples.sample())).isEmpty();
        assertThat(problems(run(SideTotal.expenditureSum(TableId.T1), Samples.sample()))).isEmpty();
    }

    @Test
    void flagsIncomeThatDoesNotBalanceExpenditure() {
        Disclosure d = withCell(Samples.sample(), TableId.T1, r -> r.side() == Side.INCOME && "total".equals(r.key()), "amount", "1229.60");
        List<Finding> f = run(SideTotal.balance(TableId.T1), d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("BALANCE");
            assertThat(x.at().line()).isEqualTo(124);
            assertThat(x.expected()).isEqualTo(Money.of("1229.70"));
            assertThat(x.actual()).isEqualTo(Money.of("1229.60"));
        });
    }

    @Test
    void flagsAClassThatBreaksTheExpenditureTotal() {
        Disclosure d = withCell(Samples.sample(), TableId.T1, r -> r.side() == Side.EXPENDITURE && "208".equals(r.code()), "amount", "128.34");
        List<Finding> f = problems(run(SideTotal.expenditureSum(TableId.T1), d));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("SIDE-SUM");
            assertThat(x.expected()).isEqualTo(Money.of("1229.62"));
            assertThat(x.difference()).isEqualTo(Money.of("0.08"));
        });
    }
}

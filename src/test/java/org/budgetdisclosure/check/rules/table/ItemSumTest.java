package org.budgetdisclosure.check.rules.table;

import static org.assertj.core.api.Assertions.assertThat;
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

class ItemSumTest {

    private static final ItemSum VEHICLES = new ItemSum(TableId.T10, null, "vehicle", "vehiclePurchase", "vehicleRunning");
    private static final ItemSum CURRENT_INCOME = new ItemSum(TableId.T1, Side.INCOME, "currentIncome", "gpb", "fund", "soe",
            "specialAccount", "unitFunds");

    @Test
    void acceptsTheSample() {
        assertThat(run(VEHICLES, Samples.sample())).isEmpty();
        assertThat(run(CURRENT_INCOME, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAVehicleSubtotalThatIsNotPurchasePlusRunning() {
        Disclosure d = withCell(Samples.sample(), TableId.T10, "vehicleRunning", "gpb", "60.00");
        List<Finding> f = run(VEHICLES, d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("ITEM-SUM");
            assertThat(x.at().table()).isEqualTo(TableId.T10);
            assertThat(x.at().row()).isEqualTo("公务用车购置及运行维护费（小计）");
            assertThat(x.at().column()).isEqualTo("一般公共预算");
            assertThat(x.expected()).isEqualTo(Money.of("60.00"));
            assertThat(x.actual()).isEqualTo(Money.of("64.00"));
        });
    }

    @Test
    void flagsAnIncomeGroupThatDoesNotAddUp() {
        Disclosure d = withCell(Samples.sample(), TableId.T1, "specialAccount", "amount", "10.00");
        List<Finding> f = run(CURRENT_INCOME, d);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.at().line()).isEqualTo(94);
            assertThat(x.expected()).isEqualTo(Money.of("1239.70"));
        });
    }
}

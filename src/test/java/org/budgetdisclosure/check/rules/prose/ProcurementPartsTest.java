package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Procurement;
import org.junit.jupiter.api.Test;

class ProcurementPartsTest {

    private final ProcurementParts rule = new ProcurementParts();

    @Test
    void acceptsTheSample() {
        // 46.41 + 0.00 + 149.00 = 195.41; reserves 195.41 ≤ 195.41 ≤ 195.41
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsATotalThatIsNotTheSumOfItsParts() {
        Disclosure d = ProseMutations.sampleEdited("政府采购服务预算 149.00 万元", "政府采购服务预算 149.10 万元");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-PROCUREMENT");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(563);
            assertThat(f.expected().plain()).isEqualTo("195.51");
            assertThat(f.actual().plain()).isEqualTo("195.41");
        });
    }

    @Test
    void flagsAnSmeReserveAboveTheTotal() {
        Disclosure d = ProseMutations.withProcurement(Samples.sample(), p -> new Procurement(p.total(), p.goods(), p.works(),
                p.services(), Money.of("200.00"), p.smallMicroReserve(), p.at()));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("中小企业");
            assertThat(f.expected().plain()).isEqualTo("195.41");
            assertThat(f.actual().plain()).isEqualTo("200.00");
        });
    }

    @Test
    void flagsASmallAndMicroReserveAboveTheSmeReserve() {
        Disclosure d = ProseMutations.withProcurement(Samples.sample(), p -> new Procurement(p.total(), p.goods(), p.works(),
                p.services(), Money.of("150.00"), p.smallMicroReserve(), p.at()));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("小微企业");
            assertThat(f.expected().plain()).isEqualTo("150.00");
            assertThat(f.actual().plain()).isEqualTo("195.41");
        });
    }
}

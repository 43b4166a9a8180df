package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;
import org.junit.jupiter.api.Test;

class SangongExplainedTest {

    private final SangongExplained rule = new SangongExplained();

    private static boolean sangong(Fact f, String key) {
        return f.subject() != null && f.subject().kind() == SubjectKind.SANGONG && key.equals(f.subject().key());
    }

    private static Fact with(Fact f, Change change, String reason) {
        return new Fact(f.section(), f.subject(), f.amount(), f.notArranged(), f.sharePercent(), change, reason, f.purpose(), f.at());
    }

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAnItemTheSectionDoesNotMention() {
        Disclosure d = Edits.withoutFacts(Samples.sample(), f -> sangong(f, "travelAbroad"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-SANGONG");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().section()).isEqualTo(10);
            assertThat(f.at().line()).isEqualTo(541);
            assertThat(f.message()).contains("因公出国（境）费用").contains("预算数").contains("比上年增减");
        });
    }

    @Test
    void flagsAnItemWithoutItsChange() {
        Disclosure d = Edits.facts(Samples.sample(), f -> sangong(f, "reception"), f -> with(f, null, null));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().row()).isEqualTo("公务接待费");
            assertThat(f.at().line()).isEqualTo(543);
            assertThat(f.message()).contains("比上年增减").doesNotContain("预算数");
        });
    }

    @Test
    void flagsAChangeWithoutReason() {
        Disclosure d = Edits.facts(Samples.sample(), f -> sangong(f, "vehicleRunning"), f -> with(f, f.change(), null));
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.message()).contains("增减原因"));
    }

    @Test
    void aZeroChangeNeedsNoReason() {
        Disclosure d = Edits.facts(Samples.sample(), f -> sangong(f, "travelAbroad"), f -> with(f, f.change(), null));
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void theVehicleItemsMayBeExplainedTogether() {
        Disclosure d = Edits.withoutFacts(Samples.sample(), f -> sangong(f, "vehiclePurchase") || sangong(f, "vehicleRunning"));
        d = Edits.explanation(d, e -> {
            List<Fact> facts = new ArrayList<>(e.facts());
            Fact any = e.facts().stream().filter(f -> sangong(f, "total")).findFirst().orElseThrow();
            facts.add(new Fact(10, new Subject(SubjectKind.SANGONG, "vehicle", "公务用车购置及运行维护费"), Money.of("64.00"), false, null,
                    new Change(Direction.INCREASE, Money.of("5.00"), null), "增加一名挂职市领导", null, any.at()));
            return new Explanation(e.sections(), facts, e.lists(), e.projects(), e.other());
        });
        assertThat(run(rule, d)).isEmpty();
    }
}

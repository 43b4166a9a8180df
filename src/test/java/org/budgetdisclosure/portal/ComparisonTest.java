package org.budgetdisclosure.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.portal.Comparison.Line;
import org.budgetdisclosure.portal.Comparison.Part;
import org.budgetdisclosure.portal.Comparison.Presence;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Disclosure SAMPLE = Samples.sample();

    private static Part part(Comparison c, String id) {
        return c.parts().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + id + " in " + c.parts().stream().map(Part::id).toList()));
    }

    @Test
    void theSampleAgainstItselfMatchesEveryLineWithoutDifference() {
        Comparison c = Comparison.of(SAMPLE, SAMPLE);

        assertThat(c.parts()).extracting(Part::id)
                .containsExactly("overview", "income", "t3", "t5", "t6", "t7", "projects", "t10");
        for (Part p : c.parts()) {
            assertThat(p.lines()).as(p.id()).isNotEmpty().allSatisfy(l -> {
                assertThat(l.presence()).isEqualTo(Presence.BOTH);
                assertThat(l.difference()).isEqualTo(Money.ZERO);
                assertThat(l.changed()).isFalse();
            });
        }
        assertThat(c.a()).isEqualTo("昌吉市人民政府办公室 2026年").isEqualTo(c.b());
    }

    @Test
    void functionLinesCarryTable3sPrintedTotalsInCodeOrder() {
        Part t3 = part(Comparison.of(SAMPLE, SAMPLE), "t3");
        List<Row> printed = SAMPLE.table(TableId.T3).orElseThrow().rows().stream()
                .filter(r -> r.kind() == RowKind.FUNCTION).toList();

        assertThat(t3.lines()).hasSize(printed.size() + 1); // every function line and the total
        for (Row r : printed) {
            assertThat(t3.line(r.code()).orElseThrow().a()).as(r.code()).isEqualTo(r.amount("total"));
        }
        assertThat(t3.line("2010301").orElseThrow().a()).isEqualTo(Money.of("610.96"));
        assertThat(t3.line("~total").orElseThrow().a()).isEqualTo(Money.of("1229.70"));
        assertThat(t3.lines().stream().map(Line::key).toList()).startsWith("201", "20103", "2010301", "2010350", "2010399", "208")
                .endsWith("~total");
    }

    @Test
    void aChangedFigureShowsAsItsDifferenceAndPercentOnItsLineOnly() {
        Disclosure changed = SampleVariants.read(SampleVariants.withT3AdminRunning("620.96"));
        Comparison c = Comparison.of(SAMPLE, changed);

        Line line = part(c, "t3").line("2010301").orElseThrow();
        assertThat(line.a()).isEqualTo(Money.of("610.96"));
        assertThat(line.b()).isEqualTo(Money.of("620.96"));
        assertThat(line.difference()).isEqualTo(Money.of("10.00"));
        assertThat(line.percent()).isEqualByComparingTo("1.64"); // 10 / 610.96 = 1.6368 %
        assertThat(part(c, "t3").changed()).isEqualTo(1);
        assertThat(part(c, "t5").changed()).isZero(); // 表5 prints its own 610.96, unchanged
        assertThat(part(c, "overview").changed()).isZero();
    }

    @Test
    void theReverseComparisonHasTheOppositeDifference() {
        Disclosure changed = SampleVariants.read(SampleVariants.withT3AdminRunning("620.96"));
        Line line = part(Comparison.of(changed, SAMPLE), "t3").line("2010301").orElseThrow();

        assertThat(line.difference()).isEqualTo(Money.of("-10.00"));
        assertThat(line.percent()).isEqualByComparingTo("-1.61"); // −10 / 620.96
    }

    @Test
    void aProjectOnOneSideOnlyStaysOnItsSide() {
        String renamed = SampleVariants.replaceOnce(SampleVariants.text(), "一般公共预算项目支出情况表",
                SampleVariants.T7_DEBT_PROJECT, "其他政府办公厅（室）及相关机构事务支出\t政务公开专项经费\t5.00");
        Comparison c = Comparison.of(SAMPLE, SampleVariants.read(renamed));
        Part projects = part(c, "projects");

        Line gone = projects.line("化债工作奖补资金").orElseThrow();
        assertThat(gone.presence()).isEqualTo(Presence.ONLY_A);
        assertThat(gone.a()).isEqualTo(Money.of("5.00"));
        assertThat(gone.b()).isNull();
        assertThat(gone.difference()).isEqualTo(Money.of("-5.00"));
        assertThat(gone.percent()).isEqualByComparingTo("-100.00");

        Line added = projects.line("政务公开专项经费").orElseThrow();
        assertThat(added.presence()).isEqualTo(Presence.ONLY_B);
        assertThat(added.difference()).isEqualTo(Money.of("5.00"));
        assertThat(added.percent()).as("no base to grow from").isNull();
        assertThat(projects.line("电子政务维护费").orElseThrow().changed()).isFalse();
        assertThat(projects.changed()).isEqualTo(2);
    }

    @Test
    void economicAndSangongAndIncomeLinesAreMatchedByTheirCodesAndItems() {
        Comparison c = Comparison.of(SAMPLE, SAMPLE);

        assertThat(part(c, "t6").line("30231").orElseThrow().a()).isEqualTo(Money.of("64.00"));
        assertThat(part(c, "t6").line("302").orElseThrow().name()).isEqualTo("商品和服务支出");
        assertThat(part(c, "t7").line("302").orElseThrow().a()).isEqualTo(Money.of("140.52"));
        assertThat(part(c, "t7").line("303").orElseThrow().a()).isEqualTo(Money.of("20.00"));
        assertThat(part(c, "t7").line("301")).as("an empty column is no line").isEmpty();
        assertThat(part(c, "t10").line("vehicleRunning").orElseThrow().a()).isEqualTo(Money.of("64.00"));
        assertThat(part(c, "t10").line("travelAbroad")).as("printed empty on both sides").isEmpty();
        assertThat(part(c, "income").line("gpb").orElseThrow().a()).isEqualTo(Money.of("1229.70"));
        assertThat(part(c, "overview").line("basic").orElseThrow().a()).isEqualTo(Money.of("1069.18"));
        assertThat(part(c, "overview").line("personnel").orElseThrow().a()).isEqualTo(Money.of("867.27"));
    }

    @Test
    void twoDepartmentsAreLabelledByTheirNames() {
        Disclosure other = SampleVariants.read(SampleVariants.text().replace("昌吉市人民政府办公室", "昌吉市财政局"));
        Comparison c = Comparison.of(SAMPLE, other);

        assertThat(c.a()).isEqualTo("昌吉市人民政府办公室 2026年");
        assertThat(c.b()).isEqualTo("昌吉市财政局 2026年");
        assertThat(part(c, "t3").changed()).isZero();
    }

    @Test
    void percentNeedsABase() {
        assertThat(Comparison.percent(Money.of("5.00"), Money.ZERO)).isNull();
        assertThat(Comparison.percent(Money.of("5.00"), null)).isNull();
        assertThat(Comparison.percent(Money.of("1.00"), Money.of("3.00"))).isEqualTo(new BigDecimal("33.33"));
        assertThat(Comparison.percent(Money.of("2.00"), Money.of("3.00"))).isEqualTo(new BigDecimal("66.67"));
    }

    @Test
    void theDifferenceAddedToTheFirstAmountIsTheSecond() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(-1_000_000_000L, 1_000_000_000L))
                .checkAssert((a, b) -> {
                    Line l = new Line("k", null, "n", null, Money.ofCents(a), Money.ofCents(b));
                    assertThat(l.a().plus(l.difference())).isEqualTo(l.b());
                    assertThat(l.changed()).isEqualTo(a.longValue() != b.longValue());
                });
    }
}

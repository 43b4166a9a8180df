package org.budgetdisclosure.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * compute(example budget) against the sample as the text reader reads it: table by table, row by row,
 * cell by cell, and fact by fact. Where the sample is self-consistent the figures are equal; the
 * differences listed here are exactly the sample's own slips (docs/budget-format.md explains each).
 */
class ComputeSampleTest {

    private static Disclosure computed;
    private static Disclosure printed;

    @BeforeAll
    static void compute() {
        assertThat(Examples.parsed().diagnostics()).isEmpty();
        computed = Compute.compute(Examples.budget());
        printed = Samples.sample();
    }

    /** A row's identity: what it stands for, not its figures. */
    private static String id(Row r) {
        return r.kind() + "|" + r.side() + "|" + r.code() + "|" + r.key() + "|" + r.projectName();
    }

    private static Table table(Disclosure d, TableId id) {
        return d.table(id).orElseThrow();
    }

    @Test
    void everyTableHasTheSampleColumnsRowsNamesAndEmptyStatement() {
        for (TableId id : TableId.values()) {
            Table c = table(computed, id);
            Table p = table(printed, id);
            assertThat(c.columns()).as(id + " columns").extracting(Column::key, Column::label, Column::side)
                    .containsExactlyElementsOf(p.columns().stream()
                            .map(col -> org.assertj.core.groups.Tuple.tuple(col.key(), col.label(), col.side())).toList());
            assertThat(c.rows()).as(id + " rows").extracting(ComputeSampleTest::id)
                    .containsExactlyElementsOf(p.rows().stream().map(ComputeSampleTest::id).toList());
            assertThat(c.rows()).as(id + " names").extracting(Row::name)
                    .containsExactlyElementsOf(p.rows().stream().map(Row::name).toList());
            assertThat(c.rows()).as(id + " levels").extracting(Row::level)
                    .containsExactlyElementsOf(p.rows().stream().map(Row::level).toList());
            assertThat(c.emptyStatement()).as(id + " empty statement").isEqualTo(p.emptyStatement());
            assertThat(c.number()).isEqualTo(p.number());
            assertThat(c.title()).isEqualTo(p.title());
        }
    }

    @Test
    void everyCellEqualsTheSampleExceptTheSamplesOwnCentDrifts() {
        List<String> differences = new ArrayList<>();
        for (TableId id : TableId.values()) {
            List<Row> c = table(computed, id).rows();
            List<Row> p = table(printed, id).rows();
            for (int i = 0; i < c.size(); i++) {
                Set<String> keys = new TreeSet<>(c.get(i).cells().keySet());
                keys.addAll(p.get(i).cells().keySet());
                for (String k : keys) {
                    Money cv = c.get(i).cells().get(k);
                    Money pv = p.get(i).cells().get(k);
                    if (!Objects.equals(cv, pv)) {
                        differences.add(id + " " + label(c.get(i)) + " " + k + ": " + cv + " ≠ " + pv);
                    }
                }
            }
        }
        // The sample prints 21011 (and 210) as 72.78 although its four 项 add up to 72.77, while its total
        // 1,229.70 is the sum with 72.77; and 表6's 301 as 813.85 (人员经费 867.27) although its 款 add up
        // to 813.86 (867.28), while its 基本支出 1,069.18 is the sum with 813.86.
        assertThat(differences).containsExactlyInAnyOrder(
                "T1 210 amount: 72.77 ≠ 72.78",
                "T2 210 total: 72.77 ≠ 72.78", "T2 210 fiscalSubtotal: 72.77 ≠ 72.78", "T2 210 gpb: 72.77 ≠ 72.78",
                "T2 21011 total: 72.77 ≠ 72.78", "T2 21011 fiscalSubtotal: 72.77 ≠ 72.78", "T2 21011 gpb: 72.77 ≠ 72.78",
                "T3 210 total: 72.77 ≠ 72.78", "T3 210 basic: 72.77 ≠ 72.78",
                "T3 21011 total: 72.77 ≠ 72.78", "T3 21011 basic: 72.77 ≠ 72.78",
                "T4 210 total: 72.77 ≠ 72.78", "T4 210 gpb: 72.77 ≠ 72.78",
                "T5 210 total: 72.77 ≠ 72.78", "T5 210 basic: 72.77 ≠ 72.78",
                "T5 21011 total: 72.77 ≠ 72.78", "T5 21011 basic: 72.77 ≠ 72.78",
                "T6 301 total: 813.86 ≠ 813.85", "T6 301 personnel: 813.86 ≠ 813.85",
                "T6 total personnel: 867.28 ≠ 867.27");
    }

    @Test
    void boldRowsAreTheSubtotalsTheSamplePrintsBold() {
        List<String> differences = new ArrayList<>();
        for (TableId id : TableId.values()) {
            List<Row> c = table(computed, id).rows();
            List<Row> p = table(printed, id).rows();
            for (int i = 0; i < c.size(); i++) {
                if (c.get(i).bold() != p.get(i).bold()) {
                    differences.add(id + " " + label(c.get(i)));
                }
            }
        }
        // the PDF lost the bold of one 款 row of 表2
        assertThat(differences).containsExactly("T2 22102");
    }

    private static String label(Row r) {
        return r.code() != null ? r.code() : r.key() != null ? r.key() : r.name();
    }

    /** A fact's identity: section, subject kind and key. */
    private static String id(Fact f) {
        return f.section() + "|" + f.subject().kind() + "|" + f.subject().key();
    }

    @Test
    void partThreeStatesTheSameSubjectsAsTheSample() {
        assertThat(computed.explanation().facts()).extracting(ComputeSampleTest::id)
                .containsExactlyInAnyOrderElementsOf(printed.explanation().facts().stream().map(ComputeSampleTest::id).toList());
        assertThat(computed.explanation().sections()).extracting(s -> s.number() + " " + s.title())
                .containsExactlyElementsOf(printed.explanation().sections().stream().map(s -> s.number() + " " + s.title()).toList());
    }

    @Test
    void everyStatedFigureEqualsTheSampleExceptItsSlips() {
        Map<String, Fact> byId = computed.explanation().facts().stream().collect(Collectors.toMap(ComputeSampleTest::id, Function.identity()));
        List<String> differences = new ArrayList<>();
        for (Fact p : printed.explanation().facts()) {
            Fact c = byId.get(id(p));
            compare(differences, p, "amount", c.amount(), p.amount());
            compare(differences, p, "notArranged", c.notArranged(), p.notArranged());
            compare(differences, p, "share", c.sharePercent(), p.sharePercent());
            compare(differences, p, "change", withoutPlace(c.change()), withoutPlace(p.change()));
            compare(differences, p, "reason", c.reason(), p.reason());
            compare(differences, p, "purpose", c.purpose(), p.purpose());
        }
        assertThat(differences).containsExactlyInAnyOrder(
                // §3 gives 基本支出's increase the project reason; §5's reason is the one kept
                "3|NATURE|basic reason: 本年度人员工资标准上调，社保公积金基数也相应上调 ≠ 本年度综合保障中心电子政务项目资金较上年度增加",
                // 72.78 → 72.77 (see the tables); 人员经费 867.27 → 867.28
                "4|FUNCTION|210 amount: 72.77 ≠ 72.78",
                "5|FUNCTION|210 amount: 72.77 ≠ 72.78",
                "6|NATURE|personnel amount: 867.28 ≠ 867.27",
                // a change from a zero base has no percentage
                "5|FUNCTION|2080506 change: Change[direction=INCREASE, amount=42.81, percent=null, at=null] ≠ Change[direction=INCREASE, amount=42.81, percent=100.00, at=null]",
                // 0 → 0 is 持平 (which prints no amount), not “增加 0.00 万元，增长 0.00%”
                "10|SANGONG|travelAbroad change: Change[direction=FLAT, amount=null, percent=null, at=null] ≠ Change[direction=INCREASE, amount=0.00, percent=0.00, at=null]",
                "10|SANGONG|vehiclePurchase change: Change[direction=FLAT, amount=null, percent=null, at=null] ≠ Change[direction=INCREASE, amount=0.00, percent=0.00, at=null]",
                "10|SANGONG|reception change: Change[direction=FLAT, amount=null, percent=null, at=null] ≠ Change[direction=INCREASE, amount=0.00, percent=0.00, at=null]",
                // the department target covers the whole budget, 1,229.70, not the printed 1,229.69
                "13|PERFORMANCE|departmentTargets amount: 1229.70 ≠ 1229.69");
    }

    private static void compare(List<String> out, Fact p, String field, Object computedValue, Object printedValue) {
        if (!Objects.equals(computedValue, printedValue)) {
            out.add(id(p) + " " + field + ": " + computedValue + " ≠ " + printedValue);
        }
    }

    @Test
    void listsNameWhatTheSampleNames() {
        assertThat(computed.explanation().lists()).extracting(l -> l.section() + " " + l.label() + " " + l.items())
                .containsExactlyElementsOf(printed.explanation().lists().stream().map(l -> l.section() + " " + l.label() + " " + l.items()).toList());
    }

    @Test
    void projectsOverviewOtherMattersAndGlossaryAgreeWithTheSample() {
        assertThat(computed.explanation().projects()).extracting(p -> p.name() + " " + p.amount() + " " + p.unit() + " " + p.start() + " " + p.end())
                .containsExactlyElementsOf(printed.explanation().projects().stream()
                        .map(p -> p.name() + " " + p.amount() + " " + p.unit() + " " + p.start() + " " + p.end()).toList());
        assertThat(computed.overview().duties()).isEqualTo(printed.overview().duties());
        assertThat(computed.overview().organisationText()).isEqualTo(printed.overview().organisationText());
        var co = computed.explanation().other();
        var po = printed.explanation().other();
        assertThat(co.procurement()).usingRecursiveComparison().ignoringFields("at", "reservesAt").isEqualTo(po.procurement());
        assertThat(co.assets()).usingRecursiveComparison().ignoringFields("at").isEqualTo(po.assets());
        assertThat(co.otherNotes()).isEqualTo(po.otherNotes());
        assertThat(co.performance()).usingRecursiveComparison().ignoringFields("at", "departmentTargetAmount")
                .isEqualTo(po.performance());
        assertThat(computed.glossary()).extracting(g -> g.number() + g.term() + g.definition())
                .containsExactlyElementsOf(printed.glossary().stream().map(g -> g.number() + g.term() + g.definition()).toList());
        assertThat(computed.header().department()).isEqualTo(printed.header().department());
        assertThat(computed.header().signedOn()).isEqualTo(printed.header().signedOn());
    }

    @Test
    void targetTablesCarryTheSampleIndicatorsWithTheWholeBudget() {
        var cd = computed.targets().department();
        var pd = printed.targets().department();
        assertThat(cd.total()).isEqualTo(Money.of("1229.70"));
        assertThat(cd.ownFunds()).isEqualTo(Money.of("1229.70"));
        assertThat(cd.superiorFunds()).isEqualTo(Money.ZERO);
        assertThat(cd.indicators()).extracting(i -> i.level3() + " " + i.value().raw() + " " + i.weight())
                .containsExactlyElementsOf(pd.indicators().stream().map(i -> i.level3() + " " + i.value().raw() + " " + i.weight()).toList());
        assertThat(computed.targets().projects()).extracting(t -> t.projectName() + " " + t.budgetTotal() + " " + t.fiscal() + " " + t.other())
                .containsExactlyInAnyOrderElementsOf(printed.targets().projects().stream()
                        .map(t -> t.projectName() + " " + t.budgetTotal() + " " + t.fiscal() + " " + t.other()).toList());
    }

    /** A change without where it was printed: computed changes have no line. */
    private static org.budgetdisclosure.model.Change withoutPlace(org.budgetdisclosure.model.Change c) {
        return c == null ? null : new org.budgetdisclosure.model.Change(c.direction(), c.amount(), c.percent());
    }
}

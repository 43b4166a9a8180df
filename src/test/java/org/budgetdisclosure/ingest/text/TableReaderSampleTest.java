package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.text.TableFixtures.Read;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/** The twelve tables of the real sample (seeds/000_d977b25cab4a76d3.txt). */
class TableReaderSampleTest {

    private static final List<Read> READS = TableFixtures.sample();
    private static final Map<TableId, Table> TABLES = READS.stream().map(Read::table)
            .collect(Collectors.toMap(Table::id, Function.identity()));

    private static Table t(TableId id) {
        return TABLES.get(id);
    }

    private static Money m(String s) {
        return Money.of(s);
    }

    @Test
    void allTwelveTablesReadWithoutAnyDiagnostic() {
        assertThat(TABLES).hasSize(12);
        assertThat(READS).allSatisfy(r -> assertThat(r.diagnostics()).isEmpty());
        assertThat(TABLES.values()).allSatisfy(t -> {
            assertThat(t.preparedBy()).isEqualTo("昌吉市人民政府办公室");
            assertThat(t.unit()).isEqualTo("万元");
            assertThat(t.number()).isEqualTo(t.id().number());
            assertThat(t.rows()).allSatisfy(r -> assertThat(r.at().line()).isPositive());
        });
    }

    @Test
    void theWholeReaderCarriesTheTablesWithTheirSourceLines() throws Exception {
        Disclosure d = new TextDisclosureReader().read(Samples.SAMPLE_NAME, Samples.sampleBytes()).value();

        assertThat(d.tables()).extracting(Table::id).containsExactly(TableId.values());
        Row housingFund = d.table(TableId.T2).flatMap(t -> t.rowByCode("2210201")).orElseThrow();
        assertThat(housingFund.at().label()).isEqualTo(Samples.SAMPLE_NAME + ":160");
    }

    @Test
    void table1HasEveryIncomeItemKeyedAndThirtyExpenditureClasses() {
        Table t1 = t(TableId.T1);

        assertThat(t1.rowByKey(Side.INCOME, "gpb").flatMap(r -> r.cell("amount"))).contains(m("1229.70"));
        assertThat(t1.rowByKey(Side.INCOME, "gpbOwn").flatMap(r -> r.cell("amount"))).contains(m("1229.70"));
        assertThat(t1.rowByKey(Side.INCOME, "gpbTransfer").orElseThrow().isEmpty()).isTrue();
        assertThat(t1.rowByKey(Side.INCOME, "carryFiscalGpb").orElseThrow().at().line()).isEqualTo(113);
        assertThat(t1.rowByKey(Side.INCOME, "carryNonFiscalUnit").orElseThrow().name()).isEqualTo("单位资金");
        assertThat(t1.rowByKey(Side.EXPENDITURE, "total").flatMap(r -> r.cell("amount"))).contains(m("1229.70"));
        List<Row> classes = t1.rows().stream().filter(r -> r.kind() == RowKind.FUNCTION).toList();
        assertThat(classes).hasSize(30).allSatisfy(r -> {
            assertThat(r.side()).isEqualTo(Side.EXPENDITURE);
            assertThat(r.level()).isEqualTo(CodeLevel.CLASS);
        });
        assertThat(t1.rowByCode("208").flatMap(r -> r.cell("amount"))).contains(m("128.43"));
        assertThat(t1.rowByCode("234").orElseThrow().name()).isEqualTo("抗疫特别国债安排的支出");
        assertThat(t1.rows().stream().filter(r -> r.side() == Side.INCOME && r.kind() == RowKind.ITEM))
                .hasSize(25).allSatisfy(r -> assertThat(r.key()).isNotNull());
    }

    @Test
    void table2ReadsAcrossItsPageBreak() {
        Table t2 = t(TableId.T2);

        assertThat(t2.columns()).extracting(Column::key).containsExactly("total", "fiscalSubtotal", "gpb", "gpbTransfer",
                "fund", "fundTransfer", "soe", "specialAccount", "unitFunds", "carryFiscal", "carryNonFiscal");
        assertThat(t2.rows()).hasSize(19);
        Row housingFund = t2.rowByCode("2210201").orElseThrow();
        assertThat(housingFund.at().line()).isEqualTo(160);
        assertThat(housingFund.cell("gpb")).contains(m("64.73"));
        assertThat(t2.rowByKey("total").flatMap(r -> r.cell("total"))).contains(m("1229.70"));
        assertThat(t2.rowByCode("2010399").orElseThrow().name()).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
        assertThat(t2.rowByCode("20103").orElseThrow().bold()).isTrue();
    }

    @Test
    void table3KeepsEmptyCellsAbsent() {
        Row other = t(TableId.T3).rowByCode("2010399").orElseThrow();

        assertThat(other.cell("basic")).isEmpty();
        assertThat(other.cell("project")).contains(m("160.52"));
        assertThat(other.at().line()).isEqualTo(178);
        assertThat(t(TableId.T3).rows()).hasSize(19);
    }

    @Test
    void table4HasFiscalIncomeAndClassesByBudgetType() {
        Table t4 = t(TableId.T4);

        assertThat(t4.rowByKey(Side.INCOME, "fiscal").flatMap(r -> r.cell("amount"))).contains(m("1229.70"));
        assertThat(t4.rowByKey(Side.INCOME, "gpb").flatMap(r -> r.cell("amount"))).contains(m("1229.70"));
        assertThat(t4.rowByCode("210").flatMap(r -> r.cell("gpb"))).contains(m("72.78"));
        assertThat(t4.rows().stream().filter(r -> r.kind() == RowKind.FUNCTION)).hasSize(30);
    }

    @Test
    void table6ReadsEconomicCodes() {
        Table t6 = t(TableId.T6);

        assertThat(t6.rowByCode("30231").flatMap(r -> r.cell("public"))).contains(m("64.00"));
        assertThat(t6.rowByCode("30101").orElseThrow().name()).isEqualTo("基本工资");
        assertThat(t6.rowByKey("total").flatMap(r -> r.cell("personnel"))).contains(m("867.27"));
        assertThat(t6.rows()).filteredOn(r -> r.kind() == RowKind.ECONOMIC).hasSize(28);
    }

    @Test
    void table7HasItsUnitRowAndThreeProjects() {
        Table t7 = t(TableId.T7);

        assertThat(t7.rows().get(0).kind()).isEqualTo(RowKind.UNIT);
        assertThat(t7.rows()).filteredOn(r -> r.kind() == RowKind.PROJECT)
                .extracting(Row::projectName).containsExactly("电子政务维护费", "运行补助经费", "化债工作奖补资金");
        assertThat(t7.row(r -> "运行补助经费".equals(r.projectName())).orElseThrow().cells())
                .containsEntry("total", m("67.78")).containsEntry("e302", m("52.78")).containsEntry("e303", m("15.00"));
    }

    @Test
    void emptyTablesCarryTheirStatementAndNoAmounts() {
        for (TableId id : List.of(TableId.T8, TableId.T9, TableId.T11, TableId.T12)) {
            Table t = t(id);
            assertThat(t.emptyStatement()).as(id.label()).endsWith(id.title() + "为空表。").doesNotContain(" ");
            assertThat(t.hasNoAmounts()).as(id.label()).isTrue();
            assertThat(t.rows()).as(id.label()).singleElement().extracting(Row::kind).isEqualTo(RowKind.TOTAL);
        }
        assertThat(t(TableId.T8).emptyStatement()).startsWith("昌吉市人民政府办公室2026年没有使用政府性基金预算拨款");
        assertThat(t(TableId.T12).columns()).hasSize(9);
    }

    @Test
    void table10ReadsTheVehicleLines() {
        Table t10 = t(TableId.T10);

        assertThat(t10.rowByKey("vehicleRunning").flatMap(r -> r.cell("gpb"))).contains(m("64.00"));
        assertThat(t10.rowByKey("vehicle").orElseThrow().bold()).isTrue();
        assertThat(t10.rowByKey("vehiclePurchase").orElseThrow().isEmpty()).isTrue();
        assertThat(t10.rowByKey("total").orElseThrow().at().line()).isEqualTo(371);
    }
}

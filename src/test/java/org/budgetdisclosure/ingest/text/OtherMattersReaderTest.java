package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.VehicleGroup;
import org.junit.jupiter.api.Test;

class OtherMattersReaderTest {

    private final ReadContext ctx = ExplanationFixtures.context();

    private OtherMattersReader.Result read(String text) {
        return OtherMattersReader.read(ParagraphJoiner.join(ExplanationFixtures.lines(text)), 13, new SubjectResolver(List.of()), ctx);
    }

    @Test
    void readsProcurementAsARecordAndAsFacts() {
        OtherMattersReader.Result r = read("""
                (二) 政府采购情况
                2026 年，某单位政府采购预算 30.00 万元，其中：政府采购货物预算 10.00 万元，政府采购工程预算 0.00 万元，政府采购服务预算 20.00 万元。
                2026 年，某单位面向中小企业预留政府采购项目预算金额 30.00 万元，其中：小微企业预留政府采购项目预算金额 25.00 万元。
                """);

        assertThat(r.other().procurement()).satisfies(p -> {
            assertThat(p.total()).isEqualTo(Money.of("30.00"));
            assertThat(p.goods()).isEqualTo(Money.of("10.00"));
            assertThat(p.works()).isEqualTo(Money.of("0.00"));
            assertThat(p.services()).isEqualTo(Money.of("20.00"));
            assertThat(p.smeReserve()).isEqualTo(Money.of("30.00"));
            assertThat(p.smallMicroReserve()).isEqualTo(Money.of("25.00"));
        });
        assertThat(r.facts()).extracting(f -> f.subject().key())
                .containsExactly("total", "goods", "works", "services", "smeReserve", "smallMicroReserve");
        assertThat(r.facts().get(5).at().line()).isEqualTo(3);
    }

    @Test
    void readsAssetsAndKeepsThePlannedPurchasesApartFromTheHoldings() {
        Assets a = read("""
                (三) 国有资产占用使用情况
                截至 2025 年底，某单位占用使用国有资产总体情况为：
                1. 房屋 1,200.50 平方米，价值 300.00 万元。
                2. 车辆 3 辆，价值 90.00 万元；其中：一般公务用车 2 辆，价值 60.00 万元；执法执勤用车 1 辆，价值 30.00 万元。
                3. 办公家具价值 12.00 万元。
                4. 其他资产价值 8.00 万元。
                部门价值单价 50 万元以上大型设备 1 台，部门价值单价 100 万元以上大型设备 0 台。
                2026 年部门预算安排购置车辆 1 辆，安排购置单价 50 万元以上大型设备 2 台。
                """).other().assets();

        assertThat(a.asOf()).isEqualTo("2025年底");
        assertThat(a.buildingArea()).isEqualTo(new BigDecimal("1200.50"));
        assertThat(a.buildingValue()).isEqualTo(Money.of("300.00"));
        assertThat(a.vehicles()).isEqualTo(3);
        assertThat(a.vehicleValue()).isEqualTo(Money.of("90.00"));
        assertThat(a.vehicleGroups()).containsExactly(new VehicleGroup("一般公务用车", 2, Money.of("60.00")),
                new VehicleGroup("执法执勤用车", 1, Money.of("30.00")));
        assertThat(a.furnitureValue()).isEqualTo(Money.of("12.00"));
        assertThat(a.otherValue()).isEqualTo(Money.of("8.00"));
        assertThat(a.largeEquipment50()).isEqualTo(1);
        assertThat(a.largeEquipment100()).isZero();
        assertThat(a.plannedText()).startsWith("2026年部门预算安排购置车辆1辆");
    }

    @Test
    void readsThePerformanceSummaryAndRunningCosts() {
        OtherMattersReader.Result r = read("""
                (一) 机关运行经费情况
                某单位 2026 年的机关运行经费财政拨款预算 20.00 万元，比上年预算减少 2.00 万元，下降 9.09%，主要原因是压减。
                (四) 预算绩效情况
                2026 年，本部门预算绩效管理整体预算绩效目标 1 个，涉及预算金额 100.00 万元；当年预算安排项目共 2 个，其中：财政拨款项目涉及预算金额 40.00 万元；非财政拨款项目涉及预算金额 5.00 万元。具体情况见下表：
                (五) 其他需说明的事项
                本部门无其他需说明事项。
                """);

        assertThat(r.other().performance()).satisfies(p -> {
            assertThat(p.departmentTargets()).isEqualTo(1);
            assertThat(p.departmentTargetAmount()).isEqualTo(Money.of("100.00"));
            assertThat(p.projects()).isEqualTo(2);
            assertThat(p.fiscalProjectAmount()).isEqualTo(Money.of("40.00"));
            assertThat(p.nonFiscalProjectAmount()).isEqualTo(Money.of("5.00"));
        });
        Fact running = r.facts().get(0);
        assertThat(running.subject().kind()).isEqualTo(SubjectKind.RUNNING_COSTS);
        assertThat(running.change().signedAmount()).isEqualTo(Money.of("-2.00"));
        assertThat(r.facts()).filteredOn(f -> f.subject().kind() == SubjectKind.PERFORMANCE)
                .extracting(f -> f.subject().key()).containsExactly("departmentTargets", "fiscalProjects", "nonFiscalProjects");
        assertThat(r.other().otherNotes()).isEqualTo("本部门无其他需说明事项。");
    }

    @Test
    void warnsAboutEachMatterTheSectionLeavesOut() {
        OtherMattersReader.Result r = read("""
                (五) 其他需说明的事项
                无。
                """);

        assertThat(r.other().procurement()).isNull();
        assertThat(r.other().assets()).isNull();
        assertThat(ctx.diagnostics()).hasSize(4).allSatisfy(d -> assertThat(d.code()).isEqualTo("READ-OTHER-MISSING"));
        assertThat(ctx.diagnostics()).extracting(d -> d.message()).anySatisfy(m -> assertThat(m).contains("政府采购情况"));
    }
}

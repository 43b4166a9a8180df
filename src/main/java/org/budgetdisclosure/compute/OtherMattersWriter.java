package org.budgetdisclosure.compute;

import static org.budgetdisclosure.compute.Ledger.project;
import static org.budgetdisclosure.compute.Ledger.type;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.OtherMatters;
import org.budgetdisclosure.model.PerformanceSummary;
import org.budgetdisclosure.model.Procurement;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.VehicleGroup;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.Nature;
import org.budgetdisclosure.model.budget.PriorFigure;
import org.budgetdisclosure.model.budget.ProcurementPlan;

/** Section 13, 其他重要事项: 机关运行经费, 政府采购, 国有资产, 预算绩效 and other notes. */
final class OtherMattersWriter {

    private final Budget budget;
    private final Ledger ledger;
    private final ProseBook book;
    private final SourceRef at;
    private final String dept;
    private final int year;

    OtherMattersWriter(Budget budget, Ledger ledger, ProseBook book, SourceRef at) {
        this.budget = budget;
        this.ledger = ledger;
        this.book = book;
        this.at = at;
        this.dept = budget.department().name();
        this.year = budget.department().year();
    }

    OtherMatters write(int projectCount) {
        book.section(13, "其他重要事项的情况说明");
        runningCosts();
        Procurement procurement = procurement();
        Assets assets = assets();
        PerformanceSummary performance = performance(projectCount);
        book.heading("（五）其他需说明的事项");
        String notes = budget.otherNotes() == null || budget.otherNotes().isBlank() ? "本部门无其他需说明事项。" : budget.otherNotes();
        book.paragraph(notes);
        return new OtherMatters(procurement, assets, performance, notes);
    }

    /**
     * 机关运行经费: the 公用经费 from financial appropriations (表6's, with 表8/表9's), unless the budget gives
     * it (a unit that is not purely administrative, whose 事业 part is outside it).
     */
    private void runningCosts() {
        book.heading("（一）机关运行经费情况");
        Money amount = budget.runningCosts() != null ? budget.runningCosts()
                : ledger.sum(Ledger.fiscal().and(Ledger.nature(Nature.BASIC_PUBLIC)));
        PriorFigure p = budget.lastYear().get("runningCosts");
        ChangeText c = ChangeText.of(amount, p);
        book.paragraph(dept + year + "年的机关运行经费财政拨款预算" + amount.formatted() + "万元" + c.clause() + "。");
        book.fact(SubjectKind.RUNNING_COSTS, "runningCosts", "机关运行经费财政拨款预算", amount, null, c, null);
    }

    private Procurement procurement() {
        book.heading("（二）政府采购情况");
        ProcurementPlan plan = budget.procurement() != null ? budget.procurement()
                : new ProcurementPlan(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        Money total = plan.total();
        book.paragraph(year + "年，" + dept + "政府采购预算" + total.formatted() + "万元，其中：政府采购货物预算" + plan.goods().formatted()
                + "万元，政府采购工程预算" + plan.works().formatted() + "万元，政府采购服务预算" + plan.services().formatted() + "万元。");
        book.paragraph(year + "年，" + dept + "面向中小企业预留政府采购项目预算金额" + plan.smeReserve().formatted()
                + "万元，其中：小微企业预留政府采购项目预算金额" + plan.smallMicroReserve().formatted() + "万元。");
        book.fact(SubjectKind.PROCUREMENT, "total", dept + "政府采购预算", total, null, null, null);
        book.fact(SubjectKind.PROCUREMENT, "goods", "政府采购货物预算", plan.goods(), null, null, null);
        book.fact(SubjectKind.PROCUREMENT, "works", "政府采购工程预算", plan.works(), null, null, null);
        book.fact(SubjectKind.PROCUREMENT, "services", "政府采购服务预算", plan.services(), null, null, null);
        book.fact(SubjectKind.PROCUREMENT, "smeReserve", dept + "面向中小企业预留政府采购项目", plan.smeReserve(), null, null, null);
        book.fact(SubjectKind.PROCUREMENT, "smallMicroReserve", "小微企业预留政府采购项目", plan.smallMicroReserve(), null, null, null);
        return new Procurement(total, plan.goods(), plan.works(), plan.services(), plan.smeReserve(), plan.smallMicroReserve(), at);
    }

    private Assets assets() {
        book.heading("（三）国有资产占用使用情况");
        Assets a = budget.assets();
        if (a == null) {
            book.paragraph(dept + "无需说明的国有资产占用使用情况。");
            return null;
        }
        String asOf = a.asOf() == null ? (year - 1) + "年底" : a.asOf();
        book.paragraph("截至" + asOf + "，" + dept + "占用使用国有资产总体情况为：");
        book.paragraph("1.房屋" + plain(a.buildingArea()) + "平方米，价值" + money(a.buildingValue()) + "万元。");
        List<String> groups = new ArrayList<>();
        for (VehicleGroup g : a.vehicleGroups()) {
            groups.add(g.type() + count(g.count()) + "辆，价值" + money(g.value()) + "万元");
        }
        book.paragraph("2.车辆" + count(a.vehicles()) + "辆，价值" + money(a.vehicleValue()) + "万元"
                + (groups.isEmpty() ? "" : "；其中：" + String.join("；", groups)) + "。");
        book.paragraph("3.办公家具价值" + money(a.furnitureValue()) + "万元。");
        book.paragraph("4.其他资产价值" + money(a.otherValue()) + "万元。");
        book.paragraph("部门价值单价50万元以上大型设备" + count(a.largeEquipment50()) + "台，部门价值单价100万元以上大型设备"
                + count(a.largeEquipment100()) + "台。");
        if (a.plannedText() != null && !a.plannedText().isBlank()) {
            book.paragraph(a.plannedText());
        }
        return new Assets(asOf, a.buildingArea(), a.buildingValue(), a.vehicles(), a.vehicleValue(), a.vehicleGroups(),
                a.furnitureValue(), a.otherValue(), a.largeEquipment50(), a.largeEquipment100(), a.plannedText(), at);
    }

    private static String plain(BigDecimal b) {
        return b == null ? "0.00" : b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String money(Money m) {
        return (m == null ? Money.ZERO : m).formatted();
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }

    /** 预算绩效情况: one department target covering the whole budget, and the projects' money by kind of funds. */
    private PerformanceSummary performance(int projectCount) {
        book.heading("（四）预算绩效情况");
        Money total = ledger.sum(Ledger.all());
        Money fiscalProjects = Money.ZERO;
        for (BudgetType t : BudgetType.values()) {
            fiscalProjects = fiscalProjects.plus(ledger.sum(type(t).and(project())));
        }
        Money nonFiscalProjects = ledger.sum(project()).minus(fiscalProjects);
        int targets = budget.target() == null ? 0 : 1;
        book.paragraph(year + "年，本部门预算绩效管理整体预算绩效目标" + targets + "个，涉及预算金额" + total.formatted() + "万元；当年预算安排项目共"
                + projectCount + "个，其中：财政拨款项目涉及预算金额" + fiscalProjects.formatted() + "万元；非财政拨款项目涉及预算金额"
                + nonFiscalProjects.formatted() + "万元。" + (targets + projectCount > 0 ? "具体情况见下表：" : ""));
        book.fact(SubjectKind.PERFORMANCE, "departmentTargets", "整体预算绩效目标", total, null, null, null);
        book.fact(SubjectKind.PERFORMANCE, "fiscalProjects", "财政拨款项目", fiscalProjects, null, null, null);
        book.fact(SubjectKind.PERFORMANCE, "nonFiscalProjects", "非财政拨款项目", nonFiscalProjects, null, null, null);
        return new PerformanceSummary(targets, total, projectCount, fiscalProjects, nonFiscalProjects, at);
    }
}

package org.budgetdisclosure.compute;

import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.catalog.Entry;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.Department;
import org.budgetdisclosure.model.budget.DepartmentGoal;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.Nature;
import org.budgetdisclosure.model.budget.PriorFigure;
import org.budgetdisclosure.model.budget.ProcurementPlan;
import org.budgetdisclosure.model.budget.Project;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random budgets for property tests: function 项 and economic 款 codes of the shipped 2026 catalog,
 * random amounts, sources and natures, up to three projects with texts and targets, last year's figures
 * that are sometimes zero or equal (the edge cases of the prose), procurement and assets.
 */
public final class RandomBudgets {

    static final Catalog CATALOG = Catalogs.builtIn(2026).orElseThrow();

    static final List<String> FUNCTION_ITEMS = CATALOG.function().atLevel(CodeLevel.ITEM).stream()
            .map(e -> e.code().digits()).toList();

    /** Basic spending is wages, goods and services, and transfers to persons (301–303), as in real tables. */
    static final List<String> BASIC_ECONOMIC = economic(c -> c.startsWith("301") || c.startsWith("302") || c.startsWith("303"));

    static final List<String> PROJECT_ECONOMIC = economic(c -> !c.startsWith("307"));

    static final List<String> PROJECTS = List.of("信息化建设项目", "专项业务经费", "设备购置项目");

    /**
     * Function 项 and economic 款 that name the same thing: basic spending on one is basic spending on the
     * other (XT-FUNC-ECON), so a drawn basic line on either is moved onto the pair.
     */
    static final Map<String, String> PAIRS = Map.of("2080505", "30108", "2080506", "30109", "2101103", "30111", "2210201", "30113");

    /**
     * Each project's financial appropriation is of one budget type (表7 and the target table's 财政拨款
     * then describe the same money; TGT-PROJECT-BUDGET compares them).
     */
    static final List<BudgetType> PROJECT_TYPES = List.of(BudgetType.GPB, BudgetType.FUND, BudgetType.GPB);

    /** The source of the same kind (this year's or carried over, own or transfer) in budget type {@code t}. */
    static FundingSource sameType(FundingSource s, BudgetType t) {
        if (!s.isFiscal() || s.budgetType() == t) {
            return s;
        }
        for (FundingSource x : FundingSource.values()) {
            if (x.budgetType() == t && x.group() == s.group() && x.isTransfer() == s.isTransfer()) {
                return x;
            }
        }
        return s;
    }

    /** One line as drawn: codes, source, nature, cents, and which project a project line belongs to. */
    record Draw(String function, int economicPick, FundingSource source, Nature nature, long cents) {
    }

    private RandomBudgets() {
    }

    private static List<String> economic(java.util.function.Predicate<String> p) {
        return CATALOG.economic().atLevel(CodeLevel.SECTION).stream().map(Entry::code).map(c -> c.digits()).filter(p).toList();
    }

    public static Gen<Budget> budgets(List<FundingSource> sources) {
        Gen<Draw> draw = Generate.pick(FUNCTION_ITEMS).zip(Generate.range(0, 10_000), Generate.pick(sources),
                Generate.enumValues(Nature.class), Generate.longRange(1, 30_000_000L), Draw::new);
        Gen<List<Draw>> draws = lists().of(draw).ofSizeBetween(1, 20);
        Gen<List<Long>> priors = lists().of(Generate.longRange(0, 40_000_000L)).ofSize(12);
        return draws.zip(priors, Generate.longRange(0, 5_000_000L), RandomBudgets::budget);
    }

    static Budget budget(List<Draw> draws, List<Long> priors, long procurementCents) {
        List<BudgetLine> lines = new ArrayList<>();
        Set<String> projectNames = new LinkedHashSet<>();
        for (Draw d : draws) {
            boolean project = d.nature() == Nature.PROJECT;
            List<String> economic = project ? PROJECT_ECONOMIC : BASIC_ECONOMIC;
            String name = project ? PROJECTS.get((int) (d.cents() % PROJECTS.size())) : null;
            if (name != null) {
                projectNames.add(name);
            }
            String function = d.function();
            String econ = economic.get(d.economicPick() % economic.size());
            if (!project) {
                for (Map.Entry<String, String> pair : PAIRS.entrySet()) {
                    if (pair.getKey().equals(function) || pair.getValue().equals(econ)) {
                        function = pair.getKey();
                        econ = pair.getValue();
                    }
                }
            }
            FundingSource source = project ? sameType(d.source(), PROJECT_TYPES.get(PROJECTS.indexOf(name))) : d.source();
            lines.add(new BudgetLine(function, econ, source, d.nature(), name, Money.ofCents(d.cents())));
        }
        List<Project> projects = projectNames.stream().map(RandomBudgets::project).toList();
        Department dept = new Department("某市测试局", 2026, List.of("负责本市测试工作。"), null, List.of(), true, LocalDate.of(2026, 3, 1));
        return new Budget(dept, lines, projects, new DepartmentGoal("张三", "1234567", "完成年度工作任务。", indicators()),
                lastYear(lines, priors), Map.of(), Map.of(), null, procurement(procurementCents), assets(), null, List.of());
    }

    /** Last year's figures: a random amount, zero (a new item), or this year's (持平) by turns. */
    private static Map<String, PriorFigure> lastYear(List<BudgetLine> lines, List<Long> priors) {
        List<String> keys = new ArrayList<>(List.of("total", "gpb", "fund", "basic", "project", "sangong", "sangong.vehicleRunning",
                "sangong.reception", "runningCosts"));
        lines.stream().map(BudgetLine::functionCode).distinct().limit(3).forEach(keys::add);
        Map<String, PriorFigure> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            long p = priors.get(i % priors.size());
            Money amount = p % 7 == 0 ? Money.ZERO : Money.ofCents(p);
            out.put(keys.get(i), new PriorFigure(amount, p % 5 == 0 ? null : "测试原因" + i));
        }
        return out;
    }

    private static Project project(String name) {
        return new Project(name, null, "根据有关文件设立。", null, List.of(), "按项目实施方案执行。", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), "李四", "完成" + name + "的年度目标。", indicators());
    }

    /** Three indicators weighing 90 together (the other 10 are budget execution). */
    static List<Indicator> indicators() {
        return List.of(
                new Indicator("产出指标", "数量指标", "完成任务次数", new IndicatorValue("≥1次", Operator.GE, BigDecimal.ONE, "次"),
                        "计划标准", null, BigDecimal.valueOf(40), null, null, null),
                new Indicator("效益指标", "社会效益指标", "工作效率", new IndicatorValue("有效提升", null, null, null),
                        "计划标准", null, BigDecimal.valueOf(30), null, null, null),
                new Indicator("满意度指标", "满意度指标", "服务对象满意度", new IndicatorValue("≥90%", Operator.GE, BigDecimal.valueOf(90), "%"),
                        "计划标准", null, BigDecimal.valueOf(20), null, null, null));
    }

    private static ProcurementPlan procurement(long cents) {
        Money goods = Money.ofCents(cents / 3);
        Money services = Money.ofCents(cents / 2);
        Money total = goods.plus(services);
        return new ProcurementPlan(goods, Money.ZERO, services, total, goods);
    }

    private static Assets assets() {
        return new Assets("2025年底", BigDecimal.ZERO, Money.ZERO, 1, Money.of("20.00"), List.of(), Money.of("3.00"), Money.of("1.00"),
                0, 0, null, null);
    }
}

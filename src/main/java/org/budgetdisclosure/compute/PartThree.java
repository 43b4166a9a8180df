package org.budgetdisclosure.compute;

import static org.budgetdisclosure.compute.Ledger.basic;
import static org.budgetdisclosure.compute.Ledger.group;
import static org.budgetdisclosure.compute.Ledger.nature;
import static org.budgetdisclosure.compute.Ledger.project;
import static org.budgetdisclosure.compute.Ledger.source;
import static org.budgetdisclosure.compute.Ledger.type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.FundingSource.Group;
import org.budgetdisclosure.model.budget.Nature;
import org.budgetdisclosure.model.budget.PriorFigure;

/**
 * Part 3's sections one to twelve, worded as the sample words them, with every stated figure also
 * recorded as a {@link org.budgetdisclosure.model.Fact} under the subject keys the text reader uses.
 * Section thirteen is {@link OtherMattersWriter}'s.
 */
final class PartThree {

    /** A source as section 2 names it, with 表1's item key and its lines. */
    private record SourceLine(String key, String name, Predicate<BudgetLine> filter, boolean alwaysStated) {
    }

    private static final List<SourceLine> SOURCES = List.of(
            new SourceLine("gpb", "一般公共预算", source(FundingSource.GPB).or(source(FundingSource.GPB_TRANSFER)), true),
            new SourceLine("gpbTransfer", "上级一般公共预算安排的转移支付资金", source(FundingSource.GPB_TRANSFER), true),
            new SourceLine("fund", "政府性基金预算", source(FundingSource.FUND).or(source(FundingSource.FUND_TRANSFER)), true),
            new SourceLine("fundTransfer", "上级政府性基金安排的转移支付资金", source(FundingSource.FUND_TRANSFER), true),
            new SourceLine("soe", "国有资本经营预算", source(FundingSource.SOE).or(source(FundingSource.SOE_TRANSFER)), true),
            new SourceLine("soeTransfer", "上级国有资本经营预算安排的转移支付资金", source(FundingSource.SOE_TRANSFER), true),
            new SourceLine("specialAccount", "财政专户管理资金", group(Group.SPECIAL_ACCOUNT), false),
            new SourceLine("unitFunds", "单位资金", group(Group.UNIT_FUNDS), false),
            new SourceLine("carryover", "上年结转结余", l -> l.source().isCarryOver(), false));

    /** The top-level sources of section 1's list (表1's five sources of 本年收入 and 上年结转结余). */
    private static final List<String> TOP_LEVEL = List.of("gpb", "fund", "soe", "specialAccount", "unitFunds", "carryover");

    private final Budget budget;
    private final Ledger ledger;
    private final Names names;
    private final ProseBook book;
    private final String dept;
    private final int year;

    PartThree(Budget budget, Ledger ledger, Names names, ProseBook book) {
        this.budget = budget;
        this.ledger = ledger;
        this.names = names;
        this.book = book;
        this.dept = budget.department().name();
        this.year = budget.department().year();
    }

    /** Sections 1–12; {@code gpbProjects} are section 7's descriptions, {@code tables} the computed tables by id. */
    void write(List<ProjectDescription> gpbProjects, Map<org.budgetdisclosure.model.TableId, Table> tables) {
        overall();
        income();
        spending();
        fiscal();
        generalBudget();
        generalBasic();
        generalProjects(gpbProjects);
        otherType(8, "政府性基金预算拨款", BudgetType.FUND, tables.get(org.budgetdisclosure.model.TableId.T8));
        otherType(9, "国有资本经营预算拨款", BudgetType.SOE, tables.get(org.budgetdisclosure.model.TableId.T9));
        sangong();
        entrusted(tables.get(org.budgetdisclosure.model.TableId.T11));
        carryOver(tables.get(org.budgetdisclosure.model.TableId.T12));
    }

    private String about(String what) {
        return "关于" + dept + year + "年" + what;
    }

    private PriorFigure prior(String key) {
        return budget.lastYear().get(key);
    }

    private static String m(Money amount) {
        return amount.formatted() + "万元";
    }

    private void overall() {
        book.section(1, about("收支预算情况总体说明"));
        Money total = ledger.sum(Ledger.all());
        ChangeText c = ChangeText.of(total, prior("total"));
        book.paragraph("按照全口径预算的原则，" + dept + year + "年所有收入和支出均纳入部门预算管理。收支总预算" + m(total) + c.clause() + "。");
        book.fact(SubjectKind.TOTAL, "total", "收支总预算", total, null, c, null);
        List<String> sources = new ArrayList<>();
        for (SourceLine s : SOURCES) {
            if (TOP_LEVEL.contains(s.key()) && !ledger.sum(s.filter()).isZero()) {
                sources.add(s.name());
            }
        }
        if (!sources.isEmpty()) {
            book.paragraph("收入预算包括：" + String.join("、", sources) + "。");
            book.list("收入预算包括", sources);
        }
        List<String> classes = classNames(ledger.lines());
        if (!classes.isEmpty()) {
            book.paragraph("支出预算包括：" + String.join("、", classes) + "。");
            book.list("支出预算包括", classes);
        }
    }

    private void income() {
        book.section(2, about("收入预算情况说明"));
        Money total = ledger.sum(Ledger.all());
        book.paragraph(dept + "部门收入预算" + m(total) + "，其中：");
        book.fact(SubjectKind.TOTAL, "income", dept + "部门收入预算", total, null, null, null);
        for (SourceLine s : SOURCES) {
            Money amount = ledger.sum(s.filter());
            if (amount.isZero() && !s.alwaysStated()) {
                continue;
            }
            PriorFigure p = prior(s.key());
            if (amount.isZero() && (p == null || p.amount() == null || p.amount().isZero())) {
                book.paragraph(s.name() + "未安排。");
                book.notArranged(SubjectKind.SOURCE, s.key(), s.name());
                continue;
            }
            var share = Percent.share(amount, total);
            ChangeText c = ChangeText.of(amount, p);
            book.paragraph(s.name() + m(amount) + shareText(share) + c.clause() + "。");
            book.fact(SubjectKind.SOURCE, s.key(), s.name(), amount, share, c, null);
        }
    }

    private void spending() {
        book.section(3, about("支出预算情况说明"));
        Money total = ledger.sum(Ledger.all());
        book.paragraph(dept + year + "年支出预算" + m(total) + "，其中：");
        book.fact(SubjectKind.TOTAL, "expenditure", "支出预算", total, null, null, null);
        natureLine(3, "基本支出", "basic", ledger.sum(basic()), total, prior("basic"));
        natureLine(3, "项目支出", "project", ledger.sum(project()), total, prior("project"));
    }

    private void natureLine(int section, String name, String key, Money amount, Money whole, PriorFigure p) {
        var share = whole == null ? null : Percent.share(amount, whole);
        ChangeText c = ChangeText.of(amount, p);
        book.paragraph(name + m(amount) + shareText(share) + c.clause() + "。");
        book.fact(SubjectKind.NATURE, key, name, amount, share, c, null);
    }

    private static String shareText(java.math.BigDecimal share) {
        return share == null ? "" : "，占" + share.toPlainString() + "%";
    }

    private void fiscal() {
        book.section(4, about("财政拨款收支预算情况的总体说明"));
        Money total = ledger.sum(Ledger.fiscal());
        book.paragraph(year + "年财政拨款收支总预算" + m(total) + "。");
        book.fact(SubjectKind.TOTAL, "fiscal", "财政拨款收支总预算", total, null, null, null);
        Map<String, Money> incomes = new LinkedHashMap<>();
        Map<String, String> incomeNames = Map.of("gpb", "一般公共预算拨款", "fund", "政府性基金预算拨款", "soe", "国有资本经营预算拨款",
                "carryFiscal", "上年财政拨款结转");
        incomes.put("gpb", ledger.sum(type(BudgetType.GPB).and(group(Group.FISCAL))));
        incomes.put("fund", ledger.sum(type(BudgetType.FUND).and(group(Group.FISCAL))));
        incomes.put("soe", ledger.sum(type(BudgetType.SOE).and(group(Group.FISCAL))));
        incomes.put("carryFiscal", ledger.sum(group(Group.CARRY_FISCAL)));
        List<String> filled = incomes.keySet().stream().filter(k -> !incomes.get(k).isZero()).toList();
        if (total.isZero()) {
            book.paragraph(dept + year + "年没有财政拨款收支预算。");
            return;
        }
        if (filled.size() == 1) {
            List<String> absent = List.of("gpb", "fund", "soe").stream().filter(k -> !filled.contains(k)).map(incomeNames::get).toList();
            book.paragraph("收入全部为" + incomeNames.get(filled.get(0)) + (absent.isEmpty() ? "" : "，无" + String.join("和", absent)) + "。");
        }
        List<String> listed = filled.stream().map(incomeNames::get).toList();
        List<String> parts = new ArrayList<>();
        for (String k : filled) {
            parts.add(incomeNames.get(k) + m(incomes.get(k)));
        }
        book.paragraph("收入预算包括：" + String.join("，", parts) + "。");
        book.list("收入预算包括", listed);
        for (String k : filled) {
            book.fact(SubjectKind.SOURCE, k, incomeNames.get(k), incomes.get(k), null, null, null);
        }
        TreeSet<String> stated = new TreeSet<>();
        for (BudgetType t : BudgetType.values()) {
            List<BudgetLine> lines = ledger.where(type(t));
            if (lines.stream().allMatch(l -> l.amount().isZero())) {
                continue;
            }
            String label = t.chinese() + "支出包括";
            List<String> classes = new ArrayList<>();
            List<String> phrases = new ArrayList<>();
            for (Map.Entry<String, Money> e : byClass(lines).entrySet()) {
                String name = names.function(e.getKey());
                String purpose = budget.purposes().get(e.getKey());
                classes.add(name);
                phrases.add(name + m(e.getValue()) + (purpose == null || purpose.isBlank() ? "" : "，主要用于" + purpose));
                // PARTIAL: a 类 named under two budget types gets its fact once; the checker matches a fact to
                // the first list naming it (TableFigures.section4Table), so a second fact would be compared with the wrong table
                if (stated.add(e.getKey())) {
                    book.fact(SubjectKind.FUNCTION, e.getKey(), name, e.getValue(), null, null,
                            purpose == null || purpose.isBlank() ? null : purpose);
                }
            }
            book.paragraph(label + "：" + String.join("；", phrases) + "。");
            book.list(label, classes);
        }
    }

    private void generalBudget() {
        book.section(5, about("一般公共预算当年拨款情况说明"));
        List<BudgetLine> gpb = ledger.where(type(BudgetType.GPB));
        Money total = Ledger.sum(gpb, Ledger.all());
        book.heading("（一）一般公共预算当年拨款规模变化情况");
        book.paragraph(dept + year + "年一般公共预算拨款合计" + m(total) + "，其中：");
        book.fact(SubjectKind.TOTAL, "gpb", "一般公共预算拨款合计", total, null, null, null);
        natureLine(5, "基本支出", "basic", Ledger.sum(gpb, basic()), null, gpbPrior("gpbBasic", "basic", basic()));
        natureLine(5, "项目支出", "project", Ledger.sum(gpb, project()), null, gpbPrior("gpbProject", "project", project()));
        Map<String, Money> classes = byClass(gpb);
        if (classes.isEmpty()) {
            return;
        }
        book.heading("（二）一般公共预算当年拨款结构情况，其中：");
        int i = 1;
        for (Map.Entry<String, Money> e : classes.entrySet()) {
            String name = names.function(e.getKey()) + "（类）";
            var share = Percent.share(e.getValue(), total);
            book.paragraph(i++ + "." + name + m(e.getValue()) + shareText(share) + "。");
            book.fact(SubjectKind.FUNCTION, e.getKey(), name, e.getValue(), share, null, null);
        }
        book.heading("（三）一般公共预算当年拨款具体使用情况");
        i = 1;
        for (Map.Entry<String, Money> e : byItem(gpb).entrySet()) {
            String code = e.getKey();
            String name = names.function(code.substring(0, 3)) + "（类）" + names.function(code.substring(0, 5)) + "（款）"
                    + names.function(code) + "（项）";
            ChangeText c = ChangeText.of(e.getValue(), prior(code));
            book.paragraph(i++ + "." + name + "：" + year + "年预算数为" + m(e.getValue()) + c.clause() + "。");
            book.fact(SubjectKind.FUNCTION, code, name, e.getValue(), null, c, null);
        }
    }

    /**
     * Last year's general-public-budget basic (or project) figure: its own key, or the all-funds one when
     * every line of that nature is general public budget this year (then both are one quantity).
     */
    private PriorFigure gpbPrior(String own, String allFunds, Predicate<BudgetLine> nature) {
        PriorFigure p = prior(own);
        if (p != null) {
            return p;
        }
        boolean same = ledger.where(nature).stream().allMatch(l -> l.source().budgetType() == BudgetType.GPB);
        return same ? prior(allFunds) : null;
    }

    private void generalBasic() {
        book.section(6, about("一般公共预算基本支出情况说明"));
        List<BudgetLine> lines = ledger.where(type(BudgetType.GPB).and(basic()));
        Money total = Ledger.sum(lines, Ledger.all());
        book.paragraph(dept + year + "年一般公共预算基本支出" + m(total) + "，其中：");
        book.fact(SubjectKind.NATURE, "basic", "一般公共预算基本支出", total, null, null, null);
        basicPart("人员经费", "personnel", lines, Nature.BASIC_PERSONNEL);
        basicPart("公用经费", "public", lines, Nature.BASIC_PUBLIC);
    }

    private void basicPart(String name, String key, List<BudgetLine> lines, Nature n) {
        List<BudgetLine> own = lines.stream().filter(nature(n)).toList();
        Money amount = Ledger.sum(own, Ledger.all());
        TreeMap<String, Money> bySection = new TreeMap<>();
        own.forEach(l -> bySection.merge(l.economicCode(), l.amount(), Money::plus));
        List<String> items = bySection.entrySet().stream().filter(e -> !e.getValue().isZero())
                .map(e -> names.economic(e.getKey())).toList();
        book.paragraph(name + m(amount) + (items.isEmpty() ? "" : "，主要包括：" + String.join("、", items)) + "。");
        book.fact(SubjectKind.NATURE, key, name, amount, null, null, null);
        if (!items.isEmpty()) {
            book.list(name + "主要包括", items);
        }
    }

    private void generalProjects(List<ProjectDescription> projects) {
        book.section(7, about("一般公共预算项目支出情况说明"));
        if (projects.isEmpty()) {
            book.paragraph(dept + year + "年没有一般公共预算项目支出。");
            return;
        }
        int i = 1;
        for (ProjectDescription p : projects) {
            book.heading("（" + Chinese.numeral(i++) + "）项目名称：" + p.name());
            book.paragraph("设立的政策依据：" + nullToEmpty(p.policyBasis()));
            book.paragraph("预算安排规模：" + m(p.amount()));
            book.paragraph("项目承担单位：" + nullToEmpty(p.unit()));
            book.paragraph("资金分配情况：" + nullToEmpty(p.allocationText()));
            if (p.executionPeriod() != null) {
                book.paragraph("资金执行时间：" + p.executionPeriod());
            }
            book.fact(SubjectKind.PROJECT, p.name(), p.name(), p.amount(), null, null, null);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Sections 8 and 9: the other two budget types, or the sentence saying their table is empty. */
    private void otherType(int section, String what, BudgetType t, Table table) {
        book.section(section, about(what + "情况说明"));
        if (table.emptyStatement() != null) {
            book.paragraph(table.emptyStatement());
            return;
        }
        List<BudgetLine> lines = ledger.where(type(t));
        Money total = Ledger.sum(lines, Ledger.all());
        Money basicAmount = Ledger.sum(lines, basic());
        Money projectAmount = Ledger.sum(lines, project());
        book.paragraph(dept + year + "年" + what + "安排的支出" + m(total) + "，其中：基本支出" + m(basicAmount) + "，项目支出"
                + m(projectAmount) + "。");
        book.fact(SubjectKind.NATURE, "basic", "基本支出", basicAmount, null, null, null);
        book.fact(SubjectKind.NATURE, "project", "项目支出", projectAmount, null, null, null);
    }

    private void sangong() {
        book.section(10, about("财政拨款“三公”经费预算情况说明"));
        List<BudgetLine> fiscal = ledger.where(Ledger.fiscal());
        Map<String, String> items = new LinkedHashMap<>();
        items.put("travelAbroad", "因公出国（境）费用");
        items.put("vehiclePurchase", "公务用车购置");
        items.put("vehicleRunning", "公务用车运行维护费");
        items.put("reception", "公务接待费");
        Map<String, String> codes = Map.of("travelAbroad", Ledger.TRAVEL_ABROAD, "vehiclePurchase", Ledger.VEHICLE_PURCHASE,
                "vehicleRunning", Ledger.VEHICLE_RUNNING, "reception", Ledger.RECEPTION);
        Map<String, Money> amounts = new LinkedHashMap<>();
        items.keySet().forEach(k -> amounts.put(k, Ledger.sum(fiscal, Ledger.economic(codes.get(k)))));
        Money total = Money.sum(amounts.values());
        List<String> parts = new ArrayList<>();
        items.forEach((k, name) -> parts.add(name + m(amounts.get(k))));
        book.paragraph(dept + year + "年财政拨款“三公”经费数为" + m(total) + "，其中：" + String.join("，", parts) + "。");
        ChangeText totalChange = ChangeText.of(total, prior("sangong"));
        List<String> changes = new ArrayList<>();
        Map<String, ChangeText> itemChanges = new LinkedHashMap<>();
        items.forEach((k, name) -> {
            ChangeText c = ChangeText.of(amounts.get(k), prior("sangong." + k));
            itemChanges.put(k, c);
            if (c.change() != null) {
                changes.add(name + c.words() + (c.reason() == null ? "" : "，主要原因是" + c.reason()));
            }
        });
        if (totalChange.change() != null || !changes.isEmpty()) {
            String head = totalChange.change() == null ? "" : year + "年财政拨款“三公”经费预算" + totalChange.words()
                    + (totalChange.reason() == null ? "" : "，主要原因是" + totalChange.reason());
            String tail = changes.isEmpty() ? "" : (head.isEmpty() ? year + "年财政拨款“三公”经费预算中：" : "，其中：")
                    + String.join("；", changes);
            book.paragraph(head + tail + "。");
        }
        book.fact(SubjectKind.SANGONG, "total", "财政拨款“三公”经费", total, null, totalChange, null);
        items.forEach((k, name) -> book.fact(SubjectKind.SANGONG, k, name, amounts.get(k), null, itemChanges.get(k), null));
    }

    private void entrusted(Table t11) {
        book.section(11, about("财政拨款委托业务费支出情况说明"));
        if (t11.emptyStatement() != null) {
            book.paragraph(t11.emptyStatement());
            return;
        }
        Money total = ledger.sum(Ledger.fiscal().and(Ledger.economic(Ledger.ENTRUSTED)));
        book.paragraph(dept + year + "年财政拨款委托业务费支出预算" + m(total) + "。");
    }

    private void carryOver(Table t12) {
        book.section(12, about("上年结转结余预算情况说明"));
        if (t12.emptyStatement() != null) {
            book.paragraph(t12.emptyStatement());
            return;
        }
        Money total = ledger.sum(l -> l.source().isCarryOver());
        Money fiscal = ledger.sum(group(Group.CARRY_FISCAL));
        Money nonFiscal = ledger.sum(group(Group.CARRY_NON_FISCAL));
        book.paragraph(dept + year + "年上年结转结余" + m(total) + "，其中：财政拨款结转" + m(fiscal) + "，非财政拨款结转结余" + m(nonFiscal) + "。");
        book.fact(SubjectKind.SOURCE, "carryover", "上年结转结余", total, null, null, null);
        book.fact(SubjectKind.SOURCE, "carryFiscal", "财政拨款结转", fiscal, null, null, null);
        book.fact(SubjectKind.SOURCE, "carryNonFiscal", "非财政拨款结转结余", nonFiscal, null, null, null);
    }

    /** The function 类 the lines spend on, in code order, with their sums (zero sums left out). */
    private static Map<String, Money> byClass(List<BudgetLine> lines) {
        return byPrefix(lines, 3);
    }

    private static Map<String, Money> byItem(List<BudgetLine> lines) {
        return byPrefix(lines, 7);
    }

    private static Map<String, Money> byPrefix(List<BudgetLine> lines, int digits) {
        TreeMap<String, Money> out = new TreeMap<>();
        lines.forEach(l -> out.merge(l.functionCode().substring(0, digits), l.amount(), Money::plus));
        out.values().removeIf(Money::isZero);
        return out;
    }

    private List<String> classNames(List<BudgetLine> lines) {
        return byClass(lines).keySet().stream().map(names::function).toList();
    }
}

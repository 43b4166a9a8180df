package org.budgetdisclosure.compute;

import static org.budgetdisclosure.compute.Ledger.group;
import static org.budgetdisclosure.compute.Ledger.source;
import static org.budgetdisclosure.compute.Ledger.type;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.budgetdisclosure.catalog.Entry;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.budget.BudgetLine;
import org.budgetdisclosure.model.budget.BudgetType;
import org.budgetdisclosure.model.budget.FundingSource;
import org.budgetdisclosure.model.budget.FundingSource.Group;

/** 表1 (部门收支总体), 表2 (部门收入总体) and 表4 (财政拨款收支总体): the tables with income by source. */
final class IncomeTables {

    /** A named income line of 表1/表4: its item key (as the text reader's dictionary gives it), label and lines. */
    private record Item(String key, String label, boolean bold, Predicate<BudgetLine> filter) {
    }

    private static final Predicate<BudgetLine> NOT_CARRIED = l -> !l.source().isCarryOver();

    /** 表1's income side as the national format prints it, every line whether filled or not. */
    private static final List<Item> T1_INCOME = List.of(
            new Item("currentIncome", "一、本年收入", true, NOT_CARRIED),
            new Item("gpb", "1.一般公共预算拨款", true, source(FundingSource.GPB).or(source(FundingSource.GPB_TRANSFER))),
            new Item("gpbOwn", "其中：一般财力", false, source(FundingSource.GPB)),
            new Item("gpbTransfer", "上级一般公共预算安排转移支付", false, source(FundingSource.GPB_TRANSFER)),
            new Item("fund", "2.政府性基金预算拨款", true, source(FundingSource.FUND).or(source(FundingSource.FUND_TRANSFER))),
            new Item("fundOwn", "其中：政府性基金收入", false, source(FundingSource.FUND)),
            new Item("fundTransfer", "上级政府性基金安排转移支付", false, source(FundingSource.FUND_TRANSFER)),
            new Item("soe", "3.国有资本经营预算拨款", true, source(FundingSource.SOE).or(source(FundingSource.SOE_TRANSFER))),
            new Item("soeOwn", "其中：国有资本经营收入", false, source(FundingSource.SOE)),
            new Item("soeTransfer", "上级国有资本经营预算安排转移支付", false, source(FundingSource.SOE_TRANSFER)),
            new Item("specialAccount", "4.财政专户核拨", true, group(Group.SPECIAL_ACCOUNT)),
            new Item("unitFunds", "5.单位资金", true, group(Group.UNIT_FUNDS)),
            new Item("businessIncome", "其中：事业收入", false, source(FundingSource.BUSINESS_INCOME)),
            new Item("superiorSubsidy", "上级补助收入", false, source(FundingSource.SUPERIOR_SUBSIDY)),
            new Item("subordinateRemit", "附属单位上缴收入", false, source(FundingSource.SUBORDINATE_REMIT)),
            new Item("operatingIncome", "事业单位经营收入", false, source(FundingSource.OPERATING_INCOME)),
            new Item("otherIncome", "其他收入", false, source(FundingSource.OTHER_INCOME)),
            new Item("carryover", "二、上年结转结余", true, l -> l.source().isCarryOver()),
            new Item("carryFiscal", "1.财政拨款结转", true, group(Group.CARRY_FISCAL)),
            new Item("carryFiscalGpb", "其中：一般公共预算拨款", false, source(FundingSource.CARRY_GPB)),
            new Item("carryFiscalFund", "政府性基金预算拨款", false, source(FundingSource.CARRY_FUND)),
            new Item("carryFiscalSoe", "国有资本经营预算拨款", false, source(FundingSource.CARRY_SOE)),
            new Item("carryNonFiscal", "2.非财政拨款结转结余", true, group(Group.CARRY_NON_FISCAL)),
            new Item("carryNonFiscalSpecial", "其中：财政专户核拨", false, source(FundingSource.CARRY_SPECIAL_ACCOUNT)),
            new Item("carryNonFiscalUnit", "单位资金", false, source(FundingSource.CARRY_UNIT_FUNDS)));

    private static final List<Item> T4_CURRENT = List.of(
            new Item("fiscal", "一、财政拨款（补助）", true, group(Group.FISCAL)),
            new Item("gpb", "一般公共预算", false, source(FundingSource.GPB).or(source(FundingSource.GPB_TRANSFER))),
            new Item("fund", "政府性基金预算", false, source(FundingSource.FUND).or(source(FundingSource.FUND_TRANSFER))),
            new Item("soe", "国有资本经营预算", false, source(FundingSource.SOE).or(source(FundingSource.SOE_TRANSFER))));

    /** Printed only when something is carried over: the sample, with none, has no such lines. */
    private static final List<Item> T4_CARRIED = List.of(
            new Item("carryFiscal", "二、上年结转", true, group(Group.CARRY_FISCAL)),
            new Item("carryFiscalGpb", "一般公共预算", false, source(FundingSource.CARRY_GPB)),
            new Item("carryFiscalFund", "政府性基金预算", false, source(FundingSource.CARRY_FUND)),
            new Item("carryFiscalSoe", "国有资本经营预算", false, source(FundingSource.CARRY_SOE)));

    private final TableKit kit;
    private final Ledger ledger;
    private final Names names;

    IncomeTables(TableKit kit, Ledger ledger, Names names) {
        this.kit = kit;
        this.ledger = ledger;
        this.names = names;
    }

    /** 表1: income items on the left, every function 类 on the right, printed side by side. */
    Table t1() {
        List<TableKit.Col> cols = List.of(
                new TableKit.Col("amount", "预算数", Side.INCOME, Ledger.all()),
                new TableKit.Col("amount", "预算数", Side.EXPENDITURE, Ledger.all()));
        List<Row> income = items(T1_INCOME);
        List<Row> spending = classRows(List.of(new TableKit.Col("amount", "预算数", Side.EXPENDITURE, Ledger.all())), ledger.lines());
        List<Row> rows = interleave(income, spending);
        rows.add(kit.row(RowKind.TOTAL, Side.INCOME, null, "收入总计", null, "total", true, amount(ledger.lines())));
        rows.add(kit.row(RowKind.TOTAL, Side.EXPENDITURE, null, "支出总计", null, "total", true, amount(ledger.lines())));
        return kit.table(TableId.T1, cols, rows, null);
    }

    /** 表2: income by source for every function 类/款/项. */
    Table t2() {
        List<TableKit.Col> cols = new ArrayList<>(List.of(
                new TableKit.Col("total", "总计", Ledger.all()),
                new TableKit.Col("fiscalSubtotal", "财政拨款（补助）小计", group(Group.FISCAL)),
                new TableKit.Col("gpb", "一般公共预算", source(FundingSource.GPB)),
                new TableKit.Col("gpbTransfer", "上级一般公共预算安排的转移支付", source(FundingSource.GPB_TRANSFER)),
                new TableKit.Col("fund", "政府性基金预算", source(FundingSource.FUND)),
                new TableKit.Col("fundTransfer", "上级政府性基金安排的转移支付", source(FundingSource.FUND_TRANSFER)),
                new TableKit.Col("soe", "国有资本经营预算", source(FundingSource.SOE))));
        // the sample's layout has no column for it; add one only when there is something to put in it
        if (!ledger.sum(source(FundingSource.SOE_TRANSFER)).isZero()) {
            cols.add(new TableKit.Col("soeTransfer", "上级国有资本经营预算安排的转移支付", source(FundingSource.SOE_TRANSFER)));
        }
        cols.addAll(List.of(
                new TableKit.Col("specialAccount", "财政专户（教育收费）", group(Group.SPECIAL_ACCOUNT)),
                new TableKit.Col("unitFunds", "单位资金", group(Group.UNIT_FUNDS)),
                new TableKit.Col("carryFiscal", "财政拨款结转", group(Group.CARRY_FISCAL)),
                new TableKit.Col("carryNonFiscal", "非财政拨款结转结余", group(Group.CARRY_NON_FISCAL))));
        List<Row> rows = new ArrayList<>(kit.classified(RowKind.FUNCTION, null, ledger.lines(), BudgetLine::functionCode,
                names::function, cols, c -> c.length() < 7));
        rows.add(kit.total("总计", null, true, cols, ledger.lines()));
        return kit.table(TableId.T2, cols, rows, null);
    }

    /** 表4: financial appropriation income by budget type beside every function 类 by budget type. */
    Table t4() {
        List<BudgetLine> fiscal = ledger.where(Ledger.fiscal());
        List<TableKit.Col> spendingCols = List.of(
                new TableKit.Col("total", "合计", Side.EXPENDITURE, Ledger.all()),
                new TableKit.Col("gpb", "一般公共预算", Side.EXPENDITURE, type(BudgetType.GPB)),
                new TableKit.Col("fund", "政府性基金预算", Side.EXPENDITURE, type(BudgetType.FUND)),
                new TableKit.Col("soe", "国有资本经营预算", Side.EXPENDITURE, type(BudgetType.SOE)));
        List<TableKit.Col> cols = new ArrayList<>();
        cols.add(new TableKit.Col("amount", "合计", Side.INCOME, Ledger.all()));
        cols.addAll(spendingCols);
        List<Item> incomeItems = new ArrayList<>(T4_CURRENT);
        if (!ledger.sum(group(Group.CARRY_FISCAL)).isZero()) {
            incomeItems.addAll(T4_CARRIED);
        }
        List<Row> rows = interleave(items(incomeItems), classRows(spendingCols, fiscal));
        rows.add(kit.row(RowKind.TOTAL, Side.INCOME, null, "收入总计", null, "total", true, amount(fiscal)));
        rows.add(kit.row(RowKind.TOTAL, Side.EXPENDITURE, null, "支出总计", null, "total", true, TableKit.cells(spendingCols, fiscal)));
        return kit.table(TableId.T4, cols, rows, null);
    }

    private List<Row> items(List<Item> items) {
        List<Row> rows = new ArrayList<>();
        for (Item i : items) {
            rows.add(kit.row(RowKind.ITEM, Side.INCOME, null, i.label(), null, i.key(), i.bold(),
                    amount(ledger.where(i.filter()))));
        }
        return rows;
    }

    /** Every function 类 of the year (as 表1 and 表4 print them all), with the lines' sums. */
    private List<Row> classRows(List<TableKit.Col> cols, List<BudgetLine> lines) {
        TreeSet<String> classes = new TreeSet<>();
        names.catalog().ifPresent(c -> c.function().atLevel(CodeLevel.CLASS).stream().map(Entry::code)
                .forEach(code -> classes.add(code.digits())));
        lines.forEach(l -> classes.add(l.functionCode().substring(0, 3)));
        List<Row> rows = new ArrayList<>();
        for (String c : classes) {
            List<BudgetLine> under = lines.stream().filter(Ledger.functionUnder(c)).toList();
            rows.add(kit.row(RowKind.FUNCTION, Side.EXPENDITURE, c, names.function(c), null, null, false,
                    TableKit.cells(cols, under)));
        }
        return rows;
    }

    private static java.util.Map<String, Money> amount(List<BudgetLine> lines) {
        return TableKit.cells(List.of(new TableKit.Col("amount", "", Ledger.all())), lines);
    }

    /** The two halves printed side by side, row by row, as the text reader reads them. */
    private static List<Row> interleave(List<Row> left, List<Row> right) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            if (i < left.size()) {
                rows.add(left.get(i));
            }
            if (i < right.size()) {
                rows.add(right.get(i));
            }
        }
        return rows;
    }
}

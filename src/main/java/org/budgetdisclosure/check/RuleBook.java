package org.budgetdisclosure.check;

import static org.budgetdisclosure.model.TableId.T1;
import static org.budgetdisclosure.model.TableId.T10;
import static org.budgetdisclosure.model.TableId.T11;
import static org.budgetdisclosure.model.TableId.T12;
import static org.budgetdisclosure.model.TableId.T2;
import static org.budgetdisclosure.model.TableId.T3;
import static org.budgetdisclosure.model.TableId.T4;
import static org.budgetdisclosure.model.TableId.T5;
import static org.budgetdisclosure.model.TableId.T6;
import static org.budgetdisclosure.model.TableId.T7;
import static org.budgetdisclosure.model.TableId.T8;
import static org.budgetdisclosure.model.TableId.T9;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.check.rules.catalog.CatalogLookup;
import org.budgetdisclosure.check.rules.catalog.CodeForm;
import org.budgetdisclosure.check.rules.catalog.NamesAgreeAcrossTables;
import org.budgetdisclosure.check.rules.catalog.ParentRowsPresent;
import org.budgetdisclosure.check.rules.completeness.DescriptionForEveryProject;
import org.budgetdisclosure.check.rules.completeness.EmptyTableStatement;
import org.budgetdisclosure.check.rules.completeness.GlossaryPresent;
import org.budgetdisclosure.check.rules.completeness.SangongExplained;
import org.budgetdisclosure.check.rules.completeness.SectionStatesEmptyTable;
import org.budgetdisclosure.check.rules.completeness.SectionsHaveText;
import org.budgetdisclosure.check.rules.cross.ColumnsAgree;
import org.budgetdisclosure.check.rules.cross.FunctionEconomicPair;
import org.budgetdisclosure.check.rules.cross.LineAgrees;
import org.budgetdisclosure.check.rules.cross.SangongMatchesEconomic;
import org.budgetdisclosure.check.rules.plausibility.ProjectNameMatchesContent;
import org.budgetdisclosure.check.rules.plausibility.SameReasonOppositeChanges;
import org.budgetdisclosure.check.rules.plausibility.StaleYears;
import org.budgetdisclosure.check.rules.prose.ChangePercent;
import org.budgetdisclosure.check.rules.prose.ChangeWording;
import org.budgetdisclosure.check.rules.prose.DatesInBudgetYear;
import org.budgetdisclosure.check.rules.prose.ListedItems;
import org.budgetdisclosure.check.rules.prose.OneReasonPerChange;
import org.budgetdisclosure.check.rules.prose.ProcurementParts;
import org.budgetdisclosure.check.rules.prose.ProjectAllocation;
import org.budgetdisclosure.check.rules.prose.RunningCosts;
import org.budgetdisclosure.check.rules.prose.SameFigureAgrees;
import org.budgetdisclosure.check.rules.prose.SourceClaims;
import org.budgetdisclosure.check.rules.prose.StatedAmounts;
import org.budgetdisclosure.check.rules.prose.StatedShares;
import org.budgetdisclosure.check.rules.table.ChildrenSumToParent;
import org.budgetdisclosure.check.rules.table.ItemSum;
import org.budgetdisclosure.check.rules.table.RowSum;
import org.budgetdisclosure.check.rules.table.SideTotal;
import org.budgetdisclosure.check.rules.table.TotalSumsTopRows;
import org.budgetdisclosure.check.rules.target.CostsMatchAllocation;
import org.budgetdisclosure.check.rules.target.CostsWithinBudget;
import org.budgetdisclosure.check.rules.target.DepartmentTargetMatchesBudget;
import org.budgetdisclosure.check.rules.target.FundingPartsSum;
import org.budgetdisclosure.check.rules.target.IndicatorValueForm;
import org.budgetdisclosure.check.rules.target.TargetBudgetMatchesTable7;
import org.budgetdisclosure.check.rules.target.TargetForEveryProject;
import org.budgetdisclosure.check.rules.target.WeightsFitScheme;
import org.budgetdisclosure.model.Side;
import static org.budgetdisclosure.check.rules.cross.LineAgrees.line;

/**
 * The registry: one explicit, immutable list sorted by rule id (Error Prone's
 * BuiltInCheckerSuppliers). Generic rules appear once per table or pair they are applied to; their id
 * stays the same and the finding's location names the table.
 */
public final class RuleBook {

    private static final List<Rule> ALL = List.of(
            // BALANCE
            SideTotal.balance(T1),
            SideTotal.balance(T4),
            // CAT-*: classification codes and names
            new CodeForm(),
            CatalogLookup.unknownCodes(),
            CatalogLookup.names(),
            new NamesAgreeAcrossTables(),
            new ParentRowsPresent(),
            // COMP-*: completeness
            new SectionStatesEmptyTable(8, T8),
            new SectionStatesEmptyTable(9, T9),
            new SectionStatesEmptyTable(11, T11),
            new SectionStatesEmptyTable(12, T12),
            new EmptyTableStatement(),
            new GlossaryPresent(),
            new DescriptionForEveryProject(),
            new SangongExplained(),
            new SectionsHaveText(),
            // ITEM-SUM: 表1 income side
            new ItemSum(T1, Side.INCOME, "total", "currentIncome", "carryover"),
            new ItemSum(T1, Side.INCOME, "currentIncome", "gpb", "fund", "soe", "specialAccount", "unitFunds"),
            new ItemSum(T1, Side.INCOME, "gpb", "gpbOwn", "gpbTransfer"),
            new ItemSum(T1, Side.INCOME, "fund", "fundOwn", "fundTransfer"),
            new ItemSum(T1, Side.INCOME, "soe", "soeOwn", "soeTransfer"),
            new ItemSum(T1, Side.INCOME, "unitFunds", "businessIncome", "superiorSubsidy", "subordinateRemit", "operatingIncome", "otherIncome"),
            new ItemSum(T1, Side.INCOME, "carryover", "carryFiscal", "carryNonFiscal"),
            new ItemSum(T1, Side.INCOME, "carryFiscal", "carryFiscalGpb", "carryFiscalFund", "carryFiscalSoe"),
            new ItemSum(T1, Side.INCOME, "carryNonFiscal", "carryNonFiscalSpecial", "carryNonFiscalUnit"),
            new ItemSum(T4, Side.INCOME, "total", "fiscal", "carryFiscal"),
            new ItemSum(T4, Side.INCOME, "fiscal", "gpb", "fund", "soe"),
            new ItemSum(T4, Side.INCOME, "carryFiscal", "carryFiscalGpb", "carryFiscalFund", "carryFiscalSoe"),
            new ItemSum(T10, null, "vehicle", "vehiclePurchase", "vehicleRunning"),
            new ItemSum(T10, null, "total", "travelAbroad", "reception", "vehicle"),
            // PLAUS-PROJECT-NAME, PLAUS-SAME-REASON, PLAUS-STALE-YEAR
            new ProjectNameMatchesContent(),
            new SameReasonOppositeChanges(),
            new StaleYears(),
            // PROSE-ALLOCATION … PROSE-DATE
            new ProjectAllocation(),
            new StatedAmounts(),
            new ChangePercent(),
            new ChangeWording(),
            new SameFigureAgrees(),
            new DatesInBudgetYear(),
            // PROSE-LIST: one per kind of list
            new ListedItems(ListedItems.Kind.INCOME_SOURCES),
            new ListedItems(ListedItems.Kind.FISCAL_INCOME),
            new ListedItems(ListedItems.Kind.EXPENDITURE_CLASSES),
            new ListedItems(ListedItems.Kind.BASIC_ITEMS),
            // PROSE-PROCUREMENT … PROSE-SOURCE-CLAIM
            new ProcurementParts(),
            new OneReasonPerChange(),
            new RunningCosts(),
            new StatedShares(),
            new SourceClaims(),
            // ROW-SUM
            new RowSum(T2, "total", "fiscalSubtotal", "specialAccount", "unitFunds", "carryFiscal", "carryNonFiscal"),
            new RowSum(T2, "fiscalSubtotal", "gpb", "gpbTransfer", "fund", "fundTransfer", "soe", "soeTransfer"),
            new RowSum(T3, "total", "basic", "project"),
            new RowSum(T4, "total", "gpb", "fund", "soe"),
            new RowSum(T5, "total", "basic", "project"),
            new RowSum(T6, "total", "personnel", "public"),
            new RowSum(T7, "total", "e301", "e302", "e303", "e307", "e309", "e310", "e311", "e312", "e313", "e399"),
            new RowSum(T8, "total", "personnel", "public", "project"),
            new RowSum(T9, "total", "personnel", "public", "project"),
            new RowSum(T10, "total", "gpb", "fund", "soe"),
            new RowSum(T11, "total", "gpb", "fund", "soe"),
            new RowSum(T12, "total", "fiscalSubtotal", "nonFiscalSubtotal"),
            new RowSum(T12, "fiscalSubtotal", "fiscalPersonnel", "fiscalPublic", "fiscalProject"),
            new RowSum(T12, "nonFiscalSubtotal", "nonFiscalPersonnel", "nonFiscalPublic", "nonFiscalProject"),
            // SIDE-SUM
            SideTotal.expenditureSum(T1),
            SideTotal.expenditureSum(T4),
            // TGT-*: performance targets
            new CostsMatchAllocation(),
            new CostsWithinBudget(),
            new DepartmentTargetMatchesBudget(),
            new FundingPartsSum(),
            new TargetBudgetMatchesTable7(),
            new TargetForEveryProject(),
            new IndicatorValueForm(),
            new WeightsFitScheme(),
            // TOTAL-SUM
            new TotalSumsTopRows(T2),
            new TotalSumsTopRows(T3),
            new TotalSumsTopRows(T5),
            new TotalSumsTopRows(T6),
            new TotalSumsTopRows(T7),
            new TotalSumsTopRows(T8),
            new TotalSumsTopRows(T9),
            new TotalSumsTopRows(T11),
            // TREE-SUM
            new ChildrenSumToParent(T2),
            new ChildrenSumToParent(T3),
            new ChildrenSumToParent(T5),
            new ChildrenSumToParent(T6),
            new ChildrenSumToParent(T7),
            new ChildrenSumToParent(T8),
            new ChildrenSumToParent(T9),
            // XT-EQUAL
            new ColumnsAgree(T1, "amount", T2, "total", ColumnsAgree.Rows.CLASSES),
            new ColumnsAgree(T1, "amount", T3, "total", ColumnsAgree.Rows.CLASSES),
            new ColumnsAgree(T2, "total", T3, "total", ColumnsAgree.Rows.ALL_CODES),
            new ColumnsAgree(T4, "gpb", T5, "total", ColumnsAgree.Rows.CLASSES),
            new ColumnsAgree(T4, "fund", T8, "total", ColumnsAgree.Rows.CLASSES),
            new ColumnsAgree(T4, "soe", T9, "total", ColumnsAgree.Rows.CLASSES),
            new ColumnsAgree(T5, "basic", T6, "total", ColumnsAgree.Rows.TOTAL_ONLY),
            new ColumnsAgree(T5, "project", T7, "total", ColumnsAgree.Rows.ALL_CODES),
            // XT-FUNC-ECON
            new FunctionEconomicPair("2080505", "30108"),
            new FunctionEconomicPair("2080506", "30109"),
            new FunctionEconomicPair("2101103", "30111"),
            new FunctionEconomicPair("2210201", "30113"),
            // XT-LINE: the income sources of 表1 against 表2's total row, 表4 and 表12. 表2 prints the unit's own
            // money and the transfers from above in separate columns, so its 一般公共预算 column is 表1's 一般财力.
            new LineAgrees(line(T1, Side.INCOME, "gpbOwn", "amount"), line(T2, null, "total", "gpb")),
            new LineAgrees(line(T1, Side.INCOME, "gpb", "amount"), line(T4, Side.INCOME, "gpb", "amount")),
            new LineAgrees(line(T1, Side.INCOME, "gpbTransfer", "amount"), line(T2, null, "total", "gpbTransfer")),
            new LineAgrees(line(T1, Side.INCOME, "fundOwn", "amount"), line(T2, null, "total", "fund")),
            new LineAgrees(line(T1, Side.INCOME, "fundTransfer", "amount"), line(T2, null, "total", "fundTransfer")),
            new LineAgrees(line(T1, Side.INCOME, "fund", "amount"), line(T4, Side.INCOME, "fund", "amount")),
            new LineAgrees(line(T1, Side.INCOME, "soeOwn", "amount"), line(T2, null, "total", "soe")),
            new LineAgrees(line(T1, Side.INCOME, "soe", "amount"), line(T4, Side.INCOME, "soe", "amount")),
            new LineAgrees(line(T1, Side.INCOME, "specialAccount", "amount"), line(T2, null, "total", "specialAccount")),
            new LineAgrees(line(T1, Side.INCOME, "unitFunds", "amount"), line(T2, null, "total", "unitFunds")),
            new LineAgrees(line(T1, Side.INCOME, "carryFiscal", "amount"), line(T2, null, "total", "carryFiscal")),
            new LineAgrees(line(T1, Side.INCOME, "carryNonFiscal", "amount"), line(T2, null, "total", "carryNonFiscal")),
            new LineAgrees(line(T1, Side.INCOME, "carryover", "amount"), line(T12, null, "total", "total")),
            new LineAgrees(line(T1, Side.INCOME, "carryFiscal", "amount"), line(T12, null, "total", "fiscalSubtotal")),
            new LineAgrees(line(T1, Side.INCOME, "carryNonFiscal", "amount"), line(T12, null, "total", "nonFiscalSubtotal")),
            // XT-SANGONG-ECON
            new SangongMatchesEconomic("reception", "30217"),
            new SangongMatchesEconomic("travelAbroad", "30212"),
            new SangongMatchesEconomic("vehiclePurchase", "31013"),
            new SangongMatchesEconomic("vehicleRunning", "30231"));

    private RuleBook() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rules whose id starts with one of the prefixes (all rules for none). */
    public static List<Rule> select(List<String> prefixes) {
        if (prefixes == null || prefixes.isEmpty()) {
            return ALL;
        }
        return ALL.stream().filter(r -> prefixes.stream().anyMatch(p -> r.info().id().startsWith(p))).toList();
    }

    /** One entry per distinct rule id, in id order. */
    public static List<RuleInfo> infos() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (Rule r : ALL) {
            byId.putIfAbsent(r.info().id(), r.info());
        }
        List<RuleInfo> list = new ArrayList<>(byId.values());
        list.sort(java.util.Comparator.comparing(RuleInfo::id));
        return List.copyOf(list);
    }
}

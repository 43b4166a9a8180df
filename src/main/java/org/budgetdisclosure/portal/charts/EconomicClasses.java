package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.portal.Comparison;
import org.budgetdisclosure.portal.charts.BarChart.Category;
import org.budgetdisclosure.portal.charts.BarChart.Series;
import org.budgetdisclosure.portal.charts.BarChart.Style;

/**
 * The general budget's spending by economic class (类): basic spending from 表6's class lines,
 * project spending from 表7's economic columns on its total row.
 */
final class EconomicClasses {

    private EconomicClasses() {
    }

    static Optional<BarChart> of(Disclosure d) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Money> basic = new TreeMap<>();
        Map<String, Money> project = new TreeMap<>();
        for (Row r : d.table(TableId.T6).map(Table::rows).orElse(List.of())) {
            if (r.kind() == RowKind.ECONOMIC && r.level() == CodeLevel.CLASS && r.code() != null && r.cell("total").isPresent()) {
                names.putIfAbsent(r.code(), r.name());
                basic.putIfAbsent(r.code(), r.amount("total"));
            }
        }
        Optional<Table> t7 = d.table(TableId.T7);
        Optional<Row> t7total = t7.flatMap(t -> t.row(r -> r.kind() == RowKind.TOTAL));
        if (t7total.isPresent()) {
            for (Column c : t7.get().columns()) {
                String code = Comparison.economicCode(c.key());
                if (code != null && t7total.get().cell(c.key()).isPresent()) {
                    names.putIfAbsent(code, c.label());
                    project.put(code, t7total.get().amount(c.key()));
                }
            }
        }
        List<Category> categories = new ArrayList<>();
        List<Money> basicValues = new ArrayList<>();
        List<Money> projectValues = new ArrayList<>();
        List<Money> totals = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            Money b = basic.get(e.getKey());
            Money p = project.get(e.getKey());
            Money sum = (b == null ? Money.ZERO : b).plus(p == null ? Money.ZERO : p);
            if (sum.isZero()) {
                continue;
            }
            categories.add(new Category(e.getKey() + " " + (e.getValue() == null ? "" : e.getValue()), null));
            basicValues.add(b);
            projectValues.add(p);
            totals.add(sum);
        }
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BarChart("economic", "按经济分类：一般公共预算支出（类）",
                "表6 一般公共预算基本支出情况表（基本支出），表7 一般公共预算项目支出情况表（项目支出）", categories,
                List.of(new Series("基本支出", basicValues, Style.BAR), new Series("项目支出", projectValues, Style.BAR),
                        new Series("合计", totals, Style.TABLE_ONLY)), true));
    }
}

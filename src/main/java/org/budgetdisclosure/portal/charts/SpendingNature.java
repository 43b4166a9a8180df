package org.budgetdisclosure.portal.charts;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;

/**
 * What kind of spending: basic against project spending (表3's total row, all funds), and within the
 * general budget's basic spending, personnel against public costs (表6's total row).
 */
final class SpendingNature {

    private SpendingNature() {
    }

    static Optional<PieChart> basicAndProject(Disclosure d) {
        for (TableId id : List.of(TableId.T3, TableId.T5)) {
            Optional<PieChart> chart = split(d, id, "nature", "基本支出与项目支出", "basic", "基本支出", "project", "项目支出");
            if (chart.isPresent()) {
                return chart;
            }
        }
        return Optional.empty();
    }

    static Optional<PieChart> personnelAndPublic(Disclosure d) {
        return split(d, TableId.T6, "costs", "人员经费与公用经费（一般公共预算基本支出）",
                "personnel", "人员经费", "public", "公用经费");
    }

    private static Optional<PieChart> split(Disclosure d, TableId table, String id, String title,
                                            String firstKey, String firstName, String secondKey, String secondName) {
        Optional<Row> total = d.table(table).flatMap(t -> t.row(r -> r.kind() == RowKind.TOTAL));
        if (total.isEmpty() || total.get().cell(firstKey).isEmpty() && total.get().cell(secondKey).isEmpty()) {
            return Optional.empty();
        }
        Money first = total.get().amount(firstKey);
        Money second = total.get().amount(secondKey);
        if (first.isZero() && second.isZero()) {
            return Optional.empty();
        }
        Money whole = total.get().cell("total").orElse(first.plus(second));
        return Optional.of(new PieChart(id, title, table.label() + "，总计行",
                List.of(new PieChart.Slice(firstName, first), new PieChart.Slice(secondName, second)), whole));
    }
}

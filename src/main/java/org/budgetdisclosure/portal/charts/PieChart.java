package org.budgetdisclosure.portal.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.portal.Comparison;

/**
 * Parts of a whole (basic and project spending; personnel and public costs), drawn as a ring.
 *
 * @param total the whole as printed (the base of the shares); printed figures are rounded, so the
 *              slices may add up to a cent or two more or less
 */
public record PieChart(String id, String title, String source, List<Slice> slices, Money total) implements Chart {

    public PieChart {
        slices = List.copyOf(slices);
    }

    public record Slice(String name, Money amount) {
    }

    public BigDecimal share(Slice s) {
        return Comparison.percent(s.amount(), total);
    }

    @Override
    public DataTable table() {
        List<List<String>> rows = new ArrayList<>();
        for (Slice s : slices) {
            rows.add(List.of(s.name(), DataTable.amount(s.amount()), DataTable.percent(share(s))));
        }
        Money sum = Money.sum(slices.stream().map(Slice::amount).toList());
        rows.add(List.of("合计", DataTable.amount(total), DataTable.percent(Comparison.percent(sum, total))));
        return new DataTable(List.of("项目", "金额（万元）", "占比"), List.of(false, true, true), rows);
    }
}

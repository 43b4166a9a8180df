package org.budgetdisclosure.portal.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Money;

/** Changes from last year by line, drawn as bars either side of zero. */
public record ChangeChart(String id, String title, String source, List<Line> lines) implements Chart {

    public ChangeChart {
        lines = List.copyOf(lines);
    }

    /**
     * One line.
     *
     * @param last    last year's amount
     * @param current this year's amount
     * @param change  current − last
     * @param percent the change as a percentage of last year's amount (as stated, or computed); null
     *                when there is no base
     */
    public record Line(String code, String name, Money last, Money current, Money change, BigDecimal percent) {
    }

    @Override
    public DataTable table() {
        List<List<String>> rows = new ArrayList<>();
        for (Line l : lines) {
            rows.add(List.of(l.code() == null ? "" : l.code(), l.name() == null ? "" : l.name(), DataTable.amount(l.last()),
                    DataTable.amount(l.current()), DataTable.signed(l.change()), DataTable.signedPercent(l.percent())));
        }
        return new DataTable(List.of("科目编码", "科目名称", "上年（万元）", "本年（万元）", "增减额（万元）", "增减率"),
                List.of(false, false, true, true, true, true), rows);
    }
}

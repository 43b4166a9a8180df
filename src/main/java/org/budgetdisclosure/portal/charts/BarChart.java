package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Money;

/**
 * Amounts by category in one or more series (economic classes by basic and project spending; 三公 by
 * year), drawn as stacked bars.
 *
 * @param categories the bars, in order
 * @param series     the series; each has one value (or null) per category
 * @param horizontal bars run left to right (for long category names)
 */
public record BarChart(String id, String title, String source, List<Category> categories, List<Series> series,
                       boolean horizontal) implements Chart {

    public BarChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " needs one value per category");
            }
        }
    }

    /**
     * A bar.
     *
     * @param label the category as shown
     * @param note  where this category's figures come from, or null (then the table has no such column)
     */
    public record Category(String label, String note) {
    }

    /** How a series is drawn. */
    public enum Style {
        BAR,        // a stacked bar
        LINE,       // a line over the bars (a total)
        TABLE_ONLY  // only in the table (a total the stacked bars already show)
    }

    /** A series: one value per category; null where it has no figure. */
    public record Series(String name, List<Money> values, Style style) {

        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed
        }
    }

    @Override
    public DataTable table() {
        boolean notes = categories.stream().anyMatch(c -> c.note() != null);
        List<String> headers = new ArrayList<>(List.of(horizontal ? "项目" : "年度"));
        List<Boolean> numeric = new ArrayList<>(List.of(false));
        for (Series s : series) {
            headers.add(s.name() + "（万元）");
            numeric.add(true);
        }
        if (notes) {
            headers.add("数据来源");
            numeric.add(false);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>(List.of(categories.get(i).label()));
            for (Series s : series) {
                row.add(DataTable.amount(s.values().get(i)));
            }
            if (notes) {
                row.add(categories.get(i).note() == null ? "" : categories.get(i).note());
            }
            rows.add(row);
        }
        return new DataTable(headers, numeric, rows);
    }
}

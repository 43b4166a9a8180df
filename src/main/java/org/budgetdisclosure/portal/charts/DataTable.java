package org.budgetdisclosure.portal.charts;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.Money;

/**
 * A chart's numbers as a plain table: printed amounts (万元, grouped, two decimals) and percentages.
 *
 * @param headers the column headers
 * @param numeric for each column, whether it holds figures (right-aligned)
 * @param rows    the cells, as printed; a missing figure is “—”
 */
public record DataTable(List<String> headers, List<Boolean> numeric, List<List<String>> rows) {

    public DataTable {
        headers = List.copyOf(headers);
        numeric = List.copyOf(numeric);
        rows = rows.stream().map(List::copyOf).toList();
        int width = headers.size();
        if (numeric.size() != width || rows.stream().anyMatch(r -> r.size() != width)) {
            throw new IllegalArgumentException("every row needs one cell per header");
        }
    }

    static final String NONE = "—";

    static String amount(Money m) {
        return m == null ? NONE : m.formatted();
    }

    static String percent(BigDecimal p) {
        return p == null ? NONE : p.toPlainString() + "%";
    }

    /** With a sign, for changes: {@code +98.28}, {@code -73.88}. */
    static String signed(Money m) {
        return m == null ? NONE : (m.signum() > 0 ? "+" : "") + m.formatted();
    }

    static String signedPercent(BigDecimal p) {
        return p == null ? NONE : (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }
}

package org.budgetdisclosure.check;

import java.util.List;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;

/** Builds locations and the “how expected was computed” text for table cells. */
public final class Places {

    private Places() {
    }

    public static Location cell(Table t, Row r, String columnKey) {
        return cell(t, r, r.label(), columnLabel(t, columnKey));
    }

    public static Location row(Table t, Row r) {
        return cell(t, r, r.label(), null);
    }

    /**
     * As {@link #cell(Table, Row, String)} with the row's label and the column's already at hand: a sum
     * rule names the same parts in several columns, and labelling a row (a concatenation) each time showed.
     */
    public static Location cell(Table t, Row r, String rowLabel, String columnLabel) {
        SourceRef at = r.at();
        return at == null ? new Location(null, null, null, t.id(), rowLabel, columnLabel, null)
                : new Location(at.source(), at.line(), at.page(), t.id(), rowLabel, columnLabel, null);
    }

    public static String columnLabel(Table t, String key) {
        // a plain loop: this runs for every cell a rule looks at, a stream per call was a hot spot
        for (Column c : t.columns()) {
            if (c.key().equals(key)) {
                return c.label();
            }
        }
        return key;
    }

    /** “行政运行 610.96 + 事业运行 192.29 + …”: each part named, at most a handful shown. */
    public static String sumText(List<String> names, List<Money> amounts) {
        int shown = Math.min(names.size(), 6);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            s.append(i > 0 ? " + " : "").append(names.get(i)).append(' ').append(amounts.get(i).formatted());
        }
        if (names.size() > shown) {
            s.append(" + …（共 ").append(names.size()).append(" 项）");
        }
        return s.toString();
    }
}

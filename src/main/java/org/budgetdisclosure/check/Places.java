package org.budgetdisclosure.check;

import java.util.List;
import java.util.stream.Collectors;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;

/** Builds locations and the “how expected was computed” text for table cells. */
public final class Places {

    private Places() {
    }

    public static Location cell(Table t, Row r, String columnKey) {
        return Location.of(r.at()).inTable(t.id(), r.label(), columnLabel(t, columnKey));
    }

    public static Location row(Table t, Row r) {
        return Location.of(r.at()).inTable(t.id(), r.label(), null);
    }

    public static String columnLabel(Table t, String key) {
        return t.columns().stream().filter(c -> c.key().equals(key)).map(Column::label).findFirst().orElse(key);
    }

    /** “行政运行 610.96 + 事业运行 192.29 + …”: each part named, at most a handful shown. */
    public static String sumText(List<String> names, List<Money> amounts) {
        int shown = Math.min(names.size(), 6);
        String s = java.util.stream.IntStream.range(0, shown)
                .mapToObj(i -> names.get(i) + " " + amounts.get(i).formatted())
                .collect(Collectors.joining(" + "));
        if (names.size() > shown) {
            s += " + …（共 " + names.size() + " 项）";
        }
        return s;
    }
}

package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.catalog.Names;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;

/**
 * A row printed with a classification code, and the scheme the code belongs to: function for
 * FUNCTION rows and for PROJECT rows (a project sits under its function code), economic for ECONOMIC
 * rows.
 */
record CodedRow(Table table, Row row, Scheme scheme) {

    /** Every coded row of every table, in printed order. */
    static List<CodedRow> all(Disclosure d) {
        List<CodedRow> out = new ArrayList<>();
        for (Table t : d.tables()) {
            for (Row r : t.rows()) {
                if (r.code() == null || r.code().isEmpty()) {
                    continue;
                }
                if (r.kind() == RowKind.FUNCTION || r.kind() == RowKind.PROJECT) {
                    out.add(new CodedRow(t, r, Scheme.FUNCTION));
                } else if (r.kind() == RowKind.ECONOMIC) {
                    out.add(new CodedRow(t, r, Scheme.ECONOMIC));
                }
            }
        }
        return out;
    }

    String code() {
        return row.code();
    }

    /** The classification name as printed (for a project row, the name beside the project's). */
    String name() {
        return row.name() == null ? "" : row.name();
    }

    String nameKey() {
        return Names.key(name());
    }

    Location place() {
        return Places.row(table, row);
    }

    static String schemeName(Scheme s) {
        return s == Scheme.FUNCTION ? "支出功能分类" : "部门预算支出经济分类";
    }
}

package org.budgetdisclosure.check.rules.catalog;

import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;

/** A row printed with a classification code, and its table: what a catalog rule's finding names. */
record CodedRow(Table table, Row row) {

    String code() {
        return row.code();
    }

    /** The classification name as printed (for a project row, the name beside the project's). */
    String name() {
        return CodeGroups.name(row);
    }

    Location place() {
        return Places.row(table, row);
    }

    static String schemeName(Scheme s) {
        return s == Scheme.FUNCTION ? "支出功能分类" : "部门预算支出经济分类";
    }
}

package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.NameCheck;
import org.budgetdisclosure.catalog.Names;
import org.budgetdisclosure.check.CheckContext;
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
 * rows. The catalog rules all go through every coded row, so the rows are found once per check
 * ({@link #all(Disclosure, CheckContext)}) with what each rule asks of them: the name's key, what is
 * wrong with the code, and the catalog's verdict on code and name.
 */
final class CodedRow {

    private static final Object KEY = new Object();

    private final Table table;
    private final Row row;
    private final Scheme scheme;
    private final String nameKey;
    private final String problem;
    /** The catalog's verdict, asked of the first row of each code by two rules: worked out once. */
    private NameCheck check;
    private Catalog checkedWith;

    CodedRow(Table table, Row row, Scheme scheme) {
        this.table = table;
        this.row = row;
        this.scheme = scheme;
        this.nameKey = Names.key(row.name() == null ? "" : row.name());
        this.problem = CodeForm.problem(scheme, row.code());
    }

    Table table() {
        return table;
    }

    Row row() {
        return row;
    }

    Scheme scheme() {
        return scheme;
    }

    /** The name's {@link Names#key}. */
    String nameKey() {
        return nameKey;
    }

    /** What {@link CodeForm#problem} finds wrong with the code, or null. */
    String problem() {
        return problem;
    }

    /** Every coded row of every table, in printed order. */
    static List<CodedRow> all(Disclosure d) {
        int rows = 0;
        for (Table t : d.tables()) {
            rows += t.rows().size();
        }
        List<CodedRow> out = new ArrayList<>(rows);
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
        return Collections.unmodifiableList(out);
    }

    /** As {@link #all(Disclosure)}, found once per check and shared by the catalog rules. */
    static List<CodedRow> all(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, CodedRow::all);
    }

    String code() {
        return row.code();
    }

    /** The classification name as printed (for a project row, the name beside the project's). */
    String name() {
        return row.name() == null ? "" : row.name();
    }

    /** What the catalog says of this row's code and name. */
    synchronized NameCheck check(Catalog catalog) {
        if (check == null || checkedWith != catalog) {
            check = catalog.classification(scheme).checkKey(code(), nameKey); // the key is at hand: not worked out again
            checkedWith = catalog;
        }
        return check;
    }

    Location place() {
        return Places.row(table, row);
    }

    static String schemeName(Scheme s) {
        return s == Scheme.FUNCTION ? "支出功能分类" : "部门预算支出经济分类";
    }
}

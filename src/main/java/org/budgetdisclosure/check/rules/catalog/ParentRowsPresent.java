package org.budgetdisclosure.check.rules.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.CodeTree;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;

/**
 * In a classified table every 款 has its 类 row and every 项 its 款 row (the parent rows carry the
 * subtotals the table is read by). A project row of 表7 stands in for its 项, so it needs the 款 row
 * unless the 项 row itself is printed. One finding per missing parent, at its first child.
 *
 * <p>A table that prints no parent row at all (only 项 rows, codes in full) follows another layout:
 * one warning for the table rather than an error per row.
 */
public final class ParentRowsPresent implements Rule {

    public static final RuleInfo INFO = new RuleInfo("CAT-PARENT-ROW", "下级科目行应有其上级科目行", Severity.ERROR, Family.CATALOG);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables tables = Tables.of(d, ctx);
        for (Table t : d.tables()) {
            if (!anyBelowClass(t)) {
                continue; // no 款 or 项 row (表1, 表8 …): no parent to miss, and no tree to build
            }
            Tables.Rows rows = tables.rows(t.id());
            // the tree TREE-SUM reads too; a second printing of a table has its own
            check(t, rows != null && rows.table() == t ? rows.tree() : new CodeTree(t), out);
        }
    }

    /** Whether a row prints a code longer than a 类's: only such a row can miss its parent. */
    private static boolean anyBelowClass(Table t) {
        List<Row> all = t.rows();
        for (int i = 0; i < all.size(); i++) {
            String code = all.get(i).code();
            if (code != null && code.length() > 3) {
                return true;
            }
        }
        return false;
    }

    private static void check(Table t, CodeTree tree, Findings out) {
        Map<String, Row> missing = null; // the usual table misses no parent
        boolean anyParentPrinted = false;
        List<Row> all = t.rows();
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            if (r.code() == null || r.code().length() <= 3 || !Digits.only(r.code())) {
                continue;
            }
            if (r.kind() == RowKind.PROJECT && tree.own(i) >= 0) {
                continue; // its own 项 row is printed and checked
            }
            if (!CodeTree.isNode(r) && r.kind() != RowKind.PROJECT) {
                continue;
            }
            if (tree.up(i) >= 0) {
                anyParentPrinted = true;
            } else {
                if (missing == null) {
                    missing = new LinkedHashMap<>();
                }
                missing.putIfAbsent(r.code().substring(0, r.code().length() - 2), r);
            }
        }
        if (missing == null) {
            return;
        }
        if (!anyParentPrinted && !tree.anyClassNode()) {
            Row first = missing.values().iterator().next();
            out.report(INFO, Severity.WARNING, Places.row(t, first), List.of(),
                    t.id().label() + "没有列出任何类、款汇总行，只列出了下级科目；按规定格式应逐级列出类、款、项。");
            return;
        }
        missing.forEach((parent, child) -> out.report(INFO, INFO.severity(), Places.row(t, child), List.of(),
                t.id().label() + "中有 " + child.code() + " " + nullToEmpty(child.name()) + "，却没有其上级科目 " + parent + " 的行。"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package org.budgetdisclosure.check.rules.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * In a classified table, a parent row equals the sum of its children in every column: 类 = Σ 款,
 * 款 = Σ 项 (function), 类 = Σ 款 (economic), and in 表7 a code's row = Σ the projects under it.
 * One class for all tables (STYLE.md: generic families for repeated identities).
 */
public final class ChildrenSumToParent implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TREE-SUM", "上级科目应等于其下级科目之和", Severity.ERROR, Family.TABLE);

    private final TableId table;

    public ChildrenSumToParent(TableId table) {
        this.table = table;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Tables.Rows rows = Tables.of(d, ctx).rows(table);
        if (rows != null) {
            check(rows, out);
        }
    }

    private static boolean isNode(Row r) {
        return (r.kind() == RowKind.FUNCTION || r.kind() == RowKind.ECONOMIC) && r.code() != null;
    }

    static List<Row> children(Table t, Row parent) {
        return children(t).getOrDefault(parent.code(), List.of());
    }

    /**
     * Every parent code's children, in printed order, found in one pass (asking each parent to scan all
     * rows was O(n²)): a node under its code less two digits; a project under its own code, and under
     * its code less two digits when that code has no node row of its own.
     */
    private static Map<String, List<Row>> children(Table t) {
        Set<String> nodeCodes = new HashSet<>();
        for (Row r : t.rows()) {
            if (isNode(r)) {
                nodeCodes.add(r.code());
            }
        }
        Map<String, List<Row>> out = new HashMap<>();
        for (Row r : t.rows()) {
            if (r.code() == null) {
                continue;
            }
            String parentCode = r.code().length() > 3 ? r.code().substring(0, r.code().length() - 2) : null;
            if (isNode(r) && parentCode != null) {
                out.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(r);
            } else if (r.kind() == RowKind.PROJECT) {
                out.computeIfAbsent(r.code(), k -> new ArrayList<>()).add(r);
                if (parentCode != null && !nodeCodes.contains(r.code())) {
                    out.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return out;
    }

    private void check(Tables.Rows rows, Findings out) {
        Table t = rows.table();
        Map<String, List<Row>> children = children(t);
        if (children.isEmpty()) {
            return;
        }
        List<Column> columns = t.columns();
        for (Row parent : t.rows()) {
            if (!isNode(parent)) {
                continue;
            }
            List<Row> kids = children.getOrDefault(parent.code(), List.of());
            if (kids.isEmpty()) {
                continue;
            }
            int parentAt = rows.index(parent);
            int[] kidsAt = rows.indexes(kids);
            Money[] parentCells = rows.cells(parentAt);
            List<String> kidLabels = null;
            Money[][] kidCells = null;
            for (Column c : columns) {
                int at = rows.position(c.key());
                if (rows.columnSumAgrees(kidsAt, at, parentAt)) {
                    continue; // the usual case: no message to build
                }
                if (kidCells == null) {
                    kidCells = new Money[kids.size()][];
                    for (int k = 0; k < kidCells.length; k++) {
                        kidCells[k] = rows.cells(kidsAt[k]);
                    }
                }
                Money expected = Tables.Rows.sumAt(kidCells, at, parentCells[at]);
                Money actual = parentCells[at] == null ? Money.ZERO : parentCells[at];
                String key = c.key();
                if (kidLabels == null) { // a parent off in one column is often off in others: labelled once
                    kidLabels = new ArrayList<>(kids.size());
                    for (Row k : kids) {
                        kidLabels.add(k.label());
                    }
                }
                String columnLabel = Places.columnLabel(t, key);
                List<Money> parts = new ArrayList<>(kids.size());
                List<Location> related = new ArrayList<>(kids.size());
                for (int k = 0; k < kidCells.length; k++) {
                    parts.add(kidCells[k][at] == null ? Money.ZERO : kidCells[k][at]);
                    related.add(Places.cell(t, kids.get(k), kidLabels.get(k), columnLabel));
                }
                out.requireEqual(INFO, Places.cell(t, parent, parent.label(), columnLabel), related,
                        parent.label() + " 的“" + c.label() + "”应等于其下级科目之和。",
                        expected, Places.sumText(kidLabels, parts),
                        actual, kids.size());
            }
        }
    }
}

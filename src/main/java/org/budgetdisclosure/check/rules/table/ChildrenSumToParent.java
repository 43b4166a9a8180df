package org.budgetdisclosure.check.rules.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.CodeTree;
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

    /**
     * Each node row against its children ({@link CodeTree}, shared with CAT-PARENT-ROW), column by column,
     * summed in cents; rows and labels are looked at only for a finding.
     */
    private void check(Tables.Rows rows, Findings out) {
        Table t = rows.table();
        CodeTree tree = rows.tree();
        int[] kids = tree.kids();
        if (kids.length == 0) {
            return;
        }
        List<Column> columns = t.columns();
        int[] positions = new int[columns.size()];
        for (int c = 0; c < positions.length; c++) {
            positions[c] = rows.position(columns.get(c).key());
        }
        List<Row> all = t.rows();
        for (int p = 0; p < all.size(); p++) {
            int id = tree.own(p);
            if (id < 0 || !CodeTree.isNode(all.get(p))) {
                continue;
            }
            int from = tree.kidsFrom(id);
            int to = tree.kidsTo(id);
            if (from == to) {
                continue;
            }
            for (int c = 0; c < positions.length; c++) {
                if (!rows.columnSumAgrees(kids, from, to, positions[c], p)) {
                    report(rows, p, Arrays.copyOfRange(kids, from, to), c, out);
                    break; // the parent's other columns are reported there, with its labels made once
                }
            }
        }
    }

    /** The findings for parent row {@code p}, from column {@code first} on (the first that disagrees). */
    private static void report(Tables.Rows rows, int p, int[] kidsAt, int first, Findings out) {
        Table t = rows.table();
        Row parent = t.rows().get(p);
        String parentLabel = parent.label();
        List<Column> columns = t.columns();
        SumTexts texts = new SumTexts(); // and with the same figures there: one text
        List<String> kidLabels = new ArrayList<>(kidsAt.length); // a parent off in one column is often off in others: labelled once
        for (int k = 0; k < kidsAt.length; k++) {
            kidLabels.add(t.rows().get(kidsAt[k]).label());
        }
        for (int ci = first; ci < columns.size(); ci++) {
            Column c = columns.get(ci);
            int at = rows.position(c.key());
            if (rows.columnSumAgrees(kidsAt, at, p)) {
                continue;
            }
            Money expected = rows.columnSum(kidsAt, 0, kidsAt.length, at, p);
            Money printed = rows.cell(p, at);
            Money actual = printed == null ? Money.ZERO : printed;
            String columnLabel = Places.columnLabel(t, c.key());
            List<Money> parts = new ArrayList<>(kidsAt.length);
            List<Location> related = new ArrayList<>(kidsAt.length);
            for (int k = 0; k < kidsAt.length; k++) {
                Money m = rows.cell(kidsAt[k], at);
                parts.add(m == null ? Money.ZERO : m);
                related.add(Places.cell(t, t.rows().get(kidsAt[k]), kidLabels.get(k), columnLabel));
            }
            out.requireEqual(INFO, Places.cell(t, parent, parentLabel, columnLabel), related,
                    parentLabel + " 的“" + c.label() + "”应等于其下级科目之和。",
                    expected, texts.of(kidLabels, parts),
                    actual, kidsAt.length);
        }
    }
}

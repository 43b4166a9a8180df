package org.budgetdisclosure.check;

import java.util.List;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;

/**
 * The classification tree of one table, by row position: which rows are nodes (function or economic
 * rows with a code), which node code each row's code is and which its parent's (the code less two
 * digits), and each node code's children in printed order. TREE-SUM and CAT-PARENT-ROW both read it;
 * each built its own set of codes and a parent substring per row before. Built once per table and
 * check ({@link Tables.Rows#tree()}).
 *
 * <p>A node's children: the nodes under its code less two digits, the projects printed with its code,
 * and the projects under its code less two digits whose own code has no node row.
 */
public final class CodeTree {

    private static final int NONE = -1;

    private final CodeIndex nodes;
    /** Per row: the node id of its code, or -1 (no code, or no node row prints it). */
    private final int[] own;
    /** Per row: the node id of its code less two digits, or -1. */
    private final int[] up;
    /** The children of node id k are {@code kids[kidStart[k]]} up to {@code kids[kidStart[k + 1]]}. */
    private final int[] kidStart;
    private final int[] kids;
    private final boolean anyClassNode;

    public CodeTree(Table t) {
        List<Row> rows = t.rows();
        int n = rows.size();
        int nodeRows = 0;
        for (int i = 0; i < n; i++) {
            nodeRows += isNode(rows.get(i)) ? 1 : 0;
        }
        nodes = new CodeIndex(nodeRows); // sized for the node rows, not all rows: most tables have many others
        boolean classNode = false;
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            if (isNode(r)) {
                nodes.add(r.code());
                classNode |= r.code().length() == 3;
            }
        }
        anyClassNode = classNode;
        own = new int[n];
        up = new int[n];
        // counted two places on, so that after the running sum and the filling below each node's first
        // child is at its own id (no second array of starts to fill from)
        int[] counts = new int[nodes.size() + 2];
        for (int i = 0; i < n; i++) {
            String code = rows.get(i).code();
            own[i] = code == null ? NONE : nodes.find(code);
            up[i] = code == null || code.length() <= 3 ? NONE : nodes.find(code, code.length() - 2);
            int parent = parentNode(rows.get(i), i);
            if (parent >= 0) {
                counts[parent + 2]++;
            }
        }
        for (int k = 2; k < counts.length; k++) {
            counts[k] += counts[k - 1];
        }
        kids = new int[counts[counts.length - 1]];
        for (int i = 0; i < n; i++) {
            int parent = parentNode(rows.get(i), i);
            if (parent >= 0) {
                kids[counts[parent + 1]++] = i;
            }
        }
        kidStart = counts;
    }

    /** A function or economic row with a code: a node of the tree. */
    public static boolean isNode(Row r) {
        return (r.kind() == RowKind.FUNCTION || r.kind() == RowKind.ECONOMIC) && r.code() != null;
    }

    /** The node id the row at {@code i} is a child of, or -1. */
    private int parentNode(Row r, int i) {
        if (isNode(r)) {
            return up[i];
        }
        if (r.kind() == RowKind.PROJECT) {
            return own[i] >= 0 ? own[i] : up[i];
        }
        return NONE;
    }

    /** The node id of the code of the row at {@code row}, or -1 when no node row prints that code. */
    public int own(int row) {
        return own[row];
    }

    /** The node id of the code less two digits of the row at {@code row}, or -1 when no node row prints it. */
    public int up(int row) {
        return up[row];
    }

    /** Whether a node row prints a 类 (a three-character code). */
    public boolean anyClassNode() {
        return anyClassNode;
    }

    /** Where the children of node {@code id} start in {@link #kids()}. */
    public int kidsFrom(int id) {
        return kidStart[id];
    }

    /** Where they end (exclusive). */
    public int kidsTo(int id) {
        return kidStart[id + 1];
    }

    /** The children's row positions, node after node, each node's in printed order. Do not modify. */
    public int[] kids() {
        return kids;
    }
}

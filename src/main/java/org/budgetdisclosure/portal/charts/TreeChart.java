package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.portal.Comparison;

/**
 * A hierarchy of amounts (function classes → 款 → 项), drawn as a treemap.
 *
 * @param total the document's total, the base of the shares
 * @param nodes the top-level nodes (类), each with its children as printed
 */
public record TreeChart(String id, String title, String source, Money total, List<Node> nodes) implements Chart {

    public TreeChart {
        nodes = List.copyOf(nodes);
    }

    /** One classification line with the lines printed under it. */
    public record Node(String code, String name, CodeLevel level, Money amount, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    @Override
    public DataTable table() {
        List<List<String>> rows = new ArrayList<>();
        addRows(nodes, rows);
        return new DataTable(List.of("科目编码", "科目名称", "级次", "金额（万元）", "占合计"),
                List.of(false, false, false, true, true), rows);
    }

    private void addRows(List<Node> level, List<List<String>> rows) {
        for (Node n : level) {
            rows.add(List.of(n.code(), n.name() == null ? "" : n.name(), n.level() == null ? "" : n.level().chinese(),
                    DataTable.amount(n.amount()), DataTable.percent(Comparison.percent(n.amount(), total))));
            addRows(n.children(), rows);
        }
    }
}

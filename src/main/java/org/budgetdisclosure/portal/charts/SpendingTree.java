package org.budgetdisclosure.portal.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.portal.charts.TreeChart.Node;

/**
 * Where the money goes: the function classification lines of 表3 (all funds; 表5 when 表3 is missing)
 * as a tree of 类, 款 and 项, each with its printed total. A printed line hangs under the nearest
 * printed line its code starts with, so a table that skips a 款 still gives a tree.
 */
final class SpendingTree {

    private SpendingTree() {
    }

    static Optional<TreeChart> of(Disclosure d) {
        for (TableId id : List.of(TableId.T3, TableId.T5)) {
            Optional<TreeChart> chart = d.table(id).flatMap(SpendingTree::of);
            if (chart.isPresent()) {
                return chart;
            }
        }
        return Optional.empty();
    }

    private static Optional<TreeChart> of(Table t) {
        List<Building> roots = new ArrayList<>();
        Map<String, Building> byCode = new HashMap<>();
        for (Row r : t.rows()) {
            if (r.kind() != RowKind.FUNCTION || r.code() == null || r.cell("total").isEmpty()) {
                continue;
            }
            Building node = new Building(r);
            Building parent = null;
            for (String c = r.code(); parent == null && c.length() > 3; ) {
                c = c.substring(0, c.length() - 2);
                parent = byCode.get(c);
            }
            (parent == null ? roots : parent.children).add(node);
            byCode.putIfAbsent(r.code(), node);
        }
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        List<Node> nodes = roots.stream().map(Building::build).toList();
        Money total = t.row(r -> r.kind() == RowKind.TOTAL).flatMap(r -> r.cell("total"))
                .orElseGet(() -> Money.sum(nodes.stream().map(Node::amount).toList()));
        return Optional.of(new TreeChart("where", "资金投向：支出功能分类（类、款、项）",
                t.id().label() + "，合计列", total, nodes));
    }

    /** A node while the tree is read. */
    private static final class Building {
        final Row row;
        final List<Building> children = new ArrayList<>();

        Building(Row row) {
            this.row = row;
        }

        Node build() {
            return new Node(row.code(), row.name(), row.level(), row.amount("total"),
                    children.stream().map(Building::build).toList());
        }
    }
}

package org.budgetdisclosure.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.portal.charts.BarChart;
import org.budgetdisclosure.portal.charts.ChangeChart;
import org.budgetdisclosure.portal.charts.Chart;
import org.budgetdisclosure.portal.charts.PieChart;
import org.budgetdisclosure.portal.charts.TreeChart;

/**
 * The chart data of a disclosure page as JSON for /static/js/charts.js. Amounts are JSON numbers
 * written from their BigDecimal (万元, as printed: {@code 1229.70}), never through a double here. The
 * page puts it in a data attribute, which the template escapes.
 */
final class ChartsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ChartsJson() {
    }

    /** The charts as JSON, or null when there is none. */
    static String of(List<Chart> charts) {
        if (charts.isEmpty()) {
            return null;
        }
        ObjectNode root = NODES.objectNode();
        root.put("unit", "万元");
        ArrayNode list = root.putArray("charts");
        for (Chart c : charts) {
            ObjectNode n = list.addObject();
            n.put("id", c.id());
            n.put("title", c.title());
            n.put("source", c.source());
            n.put("kind", kind(c));
            if (c instanceof TreeChart t) {
                amount(n, "total", t.total());
                ArrayNode nodes = n.putArray("nodes");
                t.nodes().forEach(x -> node(nodes, x));
            } else if (c instanceof PieChart p) {
                amount(n, "total", p.total());
                ArrayNode slices = n.putArray("slices");
                for (PieChart.Slice s : p.slices()) {
                    ObjectNode o = slices.addObject();
                    o.put("name", s.name());
                    amount(o, "value", s.amount());
                    percent(o, "share", p.share(s));
                }
            } else if (c instanceof BarChart b) {
                n.put("horizontal", b.horizontal());
                ArrayNode categories = n.putArray("categories");
                b.categories().forEach(k -> categories.add(k.label()));
                ArrayNode series = n.putArray("series");
                for (BarChart.Series s : b.series()) {
                    if (s.style() == BarChart.Style.TABLE_ONLY) {
                        continue;
                    }
                    ObjectNode o = series.addObject();
                    o.put("name", s.name());
                    o.put("style", s.style() == BarChart.Style.LINE ? "line" : "bar");
                    ArrayNode values = o.putArray("values");
                    s.values().forEach(v -> values.add(v == null ? NODES.nullNode() : NODES.numberNode(v.value())));
                }
            } else if (c instanceof ChangeChart ch) {
                ArrayNode lines = n.putArray("lines");
                for (ChangeChart.Line l : ch.lines()) {
                    ObjectNode o = lines.addObject();
                    o.put("code", l.code());
                    o.put("name", l.name());
                    amount(o, "last", l.last());
                    amount(o, "current", l.current());
                    amount(o, "change", l.change());
                    percent(o, "percent", l.percent());
                }
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always serialises
        }
    }

    /** What charts.js draws: tree (treemap), pie (ring), bar (stacked bars) or change (bars either side of zero). */
    static String kind(Chart c) {
        if (c instanceof TreeChart) {
            return "tree";
        }
        if (c instanceof PieChart) {
            return "pie";
        }
        return c instanceof BarChart ? "bar" : "change";
    }

    private static void node(ArrayNode into, TreeChart.Node x) {
        ObjectNode o = into.addObject();
        o.put("code", x.code());
        o.put("name", x.name());
        amount(o, "value", x.amount());
        if (!x.children().isEmpty()) {
            ArrayNode children = o.putArray("children");
            x.children().forEach(c -> node(children, c));
        }
    }

    private static void amount(ObjectNode o, String field, Money m) {
        o.set(field, m == null ? NODES.nullNode() : NODES.numberNode(m.value()));
    }

    private static void percent(ObjectNode o, String field, BigDecimal p) {
        o.set(field, p == null ? NODES.nullNode() : NODES.numberNode(p));
    }
}

package org.budgetdisclosure.check.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Severity;

/**
 * Findings as a JSON-ready tree: {@code {"source", "summary", "findings": [...]}}, each finding with
 * rule, severity, message, location, expected/actual/difference as strings (so the scale survives)
 * and related locations. The shell serialises it.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static Map<String, Object> of(String source, List<Finding> findings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("source", source);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.id(), findings.stream().filter(f -> f.severity() == s).count());
        }
        root.put("summary", summary);
        List<Object> list = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.rule());
            m.put("severity", f.severity().id());
            m.put("message", f.message());
            m.put("location", location(f.at()));
            if (f.expected() != null) {
                m.put("expected", f.expected().plain());
            }
            if (f.expectedHow() != null) {
                m.put("expectedFrom", f.expectedHow());
            }
            if (f.actual() != null) {
                m.put("actual", f.actual().plain());
            }
            if (f.difference() != null) {
                m.put("difference", f.difference().plain());
            }
            if (f.tolerance() != null) {
                m.put("tolerance", f.tolerance().plain());
            }
            m.put("related", f.related().stream().map(JsonReport::location).toList());
            list.add(m);
        }
        root.put("findings", list);
        return root;
    }

    static Map<String, Object> location(Location l) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "source", l.source());
        put(m, "line", l.line());
        put(m, "page", l.page());
        if (l.table() != null) {
            m.put("table", l.table().name());
            m.put("tableTitle", l.table().title());
        }
        put(m, "row", l.row());
        put(m, "column", l.column());
        put(m, "section", l.section());
        return m;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}

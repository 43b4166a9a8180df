package org.budgetdisclosure.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.budgetdisclosure.store.DisclosureRecord;

/** The home page's index: each department with the latest published version of each year's document. */
public record Catalogue(List<Entry> departments) {

    /** One department and its documents, newest year first. */
    public record Entry(String department, List<DisclosureRecord> documents) {
    }

    static Catalogue of(List<DisclosureRecord> published) {
        Map<String, Map<String, DisclosureRecord>> byDepartment = new TreeMap<>();
        for (DisclosureRecord r : published) {
            Map<String, DisclosureRecord> docs = byDepartment.computeIfAbsent(r.departmentName(), k -> new LinkedHashMap<>());
            String key = r.year() + "|" + r.kind();
            DisclosureRecord seen = docs.get(key);
            if (seen == null || seen.versionNo() < r.versionNo()) {
                docs.put(key, r);
            }
        }
        List<Entry> entries = new ArrayList<>();
        byDepartment.forEach((name, docs) -> entries.add(new Entry(name, docs.values().stream()
                .sorted(Comparator.comparingInt(DisclosureRecord::year).reversed()).toList())));
        return new Catalogue(entries);
    }
}

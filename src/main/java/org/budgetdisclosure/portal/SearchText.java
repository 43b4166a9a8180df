package org.budgetdisclosure.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;

/**
 * What search looks in: the department, every table line's code, name and project, the project
 * descriptions, the prose of part 3 and the duties of part 1. The store keeps it lowercased beside each
 * version ({@link #of}); for a hit, {@link #matches} says where the query was found, with the words
 * around it.
 */
public final class SearchText {

    /** Characters of context shown before and after a match. */
    static final int BEFORE = 30;
    static final int AFTER = 40;
    private static final int SLACK = 8;

    private SearchText() {
    }

    /** A piece of searchable text and what part of the document it is. */
    record Entry(String where, String text) {
    }

    /**
     * Where a query was found.
     *
     * @param where  the part of the document (部门名称, 表3 科目, 说明五 …)
     * @param before the text before the match (with “…” when cut)
     * @param hit    the matched text as printed
     * @param after  the text after the match (with “…” when cut)
     */
    public record Match(String where, String before, String hit, String after) {
    }

    /** The text the store searches: the entries, one a line, lowercased. */
    static String of(Disclosure d) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries(d)) {
            if (!b.isEmpty()) {
                b.append('\n');
            }
            b.append(e.text());
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static List<Entry> entries(Disclosure d) {
        List<Entry> out = new ArrayList<>();
        if (d.header().department() != null) {
            out.add(new Entry("部门名称", d.header().department()));
        }
        Map<String, String> lines = new LinkedHashMap<>(); // a line printed in several tables is searched once
        for (Table t : d.tables()) {
            for (Row row : t.rows()) {
                String label = (row.code() == null ? "" : row.code() + " ") + (row.name() == null ? "" : row.name())
                        + (row.projectName() == null ? "" : " " + row.projectName());
                if (!label.isBlank()) {
                    lines.putIfAbsent(label.strip(), "表" + t.id().number() + (row.projectName() == null ? " 科目" : " 项目"));
                }
            }
        }
        lines.forEach((text, where) -> out.add(new Entry(where, text)));
        for (ProjectDescription p : d.explanation().projects()) {
            out.add(new Entry("项目说明", String.valueOf(p.name())));
        }
        for (Section s : d.explanation().sections()) {
            String where = "情况说明第" + s.number() + "项";
            out.add(new Entry(where, String.valueOf(s.title())));
            for (Paragraph p : s.paragraphs()) {
                out.add(new Entry(where, p.text()));
            }
        }
        for (String duty : d.overview().duties()) {
            out.add(new Entry("部门职能", duty));
        }
        return out;
    }

    /** Where {@code query} occurs (case-insensitive, as the store matches it), at most {@code limit} places. */
    public static List<Match> matches(Disclosure d, String query, int limit) {
        List<Match> out = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        for (Entry e : entries(d)) {
            if (out.size() >= limit) {
                break;
            }
            match(e.where(), e.text(), q).ifPresent(out::add);
        }
        return out;
    }

    /** Where a cut context may start: after the first clause mark in [from, to), so it begins with whole words. */
    static int clauseStart(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if ("，。；：、,;".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    /** The match of a lowercased query in one text, with its context. */
    static java.util.Optional<Match> match(String where, String text, String lowerQuery) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(lowerQuery);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        // lowercasing keeps the length of everything but a few letters; where it does not, show the lowercased text
        String shown = lower.length() == text.length() ? text : lower;
        int end = at + lowerQuery.length();
        // a cut that would drop only a few characters (the digits of a code) shows them instead
        int from = at - BEFORE <= SLACK ? 0 : clauseStart(shown, at - BEFORE, at);
        int to = end + AFTER >= shown.length() - SLACK ? shown.length() : end + AFTER;
        String before = (from > 0 ? "…" : "") + shown.substring(from, at);
        String after = shown.substring(end, to) + (to < shown.length() ? "…" : "");
        return java.util.Optional.of(new Match(where, before, shown.substring(at, end), after));
    }
}

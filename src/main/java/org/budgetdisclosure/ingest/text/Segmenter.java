package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.TableId;

/**
 * Cuts a disclosure into its parts. Part headings also appear in the table of contents, so for each
 * part the last heading line naming it is the real one. Tables are found by title; a missing part
 * heading only narrows nothing, it never stops the read.
 */
final class Segmenter {

    private static final Pattern PART = Pattern.compile("^第([一二三四])部分.*");
    /** What {@link #tableNumber} reads. */
    static final Pattern TABLE_NUMBER = Pattern.compile("^表\\s*(\\d{1,2})$");
    private static final Pattern TOC = Pattern.compile("^目\\s*录$");

    private Segmenter() {
    }

    static Segments segment(List<SourceLine> lines) {
        int end = lines.size();
        int[] part = {-1, -1, -1, -1};
        int toc = -1;
        // one pass finds every line the cutting depends on: part headings, the table of contents, the
        // titles of tables and of performance target tables (the rest only looks these up)
        TableId[] titleAt = new TableId[end];
        Segments.TargetKind[] targetAt = new Segments.TargetKind[end];
        int firstTitle = end;
        for (int i = 0; i < end; i++) {
            SourceLine l = lines.get(i);
            if (l.isTabular() || l.listItem()) {
                continue; // none of them is a table row or a list item (and a row's text is not built for the question)
            }
            String text = l.text();
            // the patterns are anchored at a first character most lines do not start with
            char first = firstVisible(text);
            if (first == '第') {
                Matcher m = PART.matcher(l.joined());
                if (m.matches() && text.length() < 40) {
                    part[" 一二三四".indexOf(m.group(1)) - 1] = i;
                }
            } else if (toc < 0 && first == '目' && TOC.matcher(text).matches()) {
                toc = i;
            }
            // every title ends in 表: most lines are turned away before their key is built
            if (Texts.keyEndsWith(text, '表')) {
                String key = Texts.nameKey(text);
                titleAt[i] = TableTitles.ofKey(key);
                if (titleAt[i] != null && firstTitle == end) {
                    firstTitle = i;
                }
                targetAt[i] = targetKind(key);
            }
        }
        int p1 = part[0];
        int p2 = part[1];
        int p3 = part[2];
        int p4 = part[3];
        int frontEnd = Math.min(firstNonNegative(toc, p1, p2, p3, p4, end), firstTitle);
        List<SourceLine> front = lines.subList(0, frontEnd);
        List<SourceLine> part1 = p1 < 0 ? List.of() : lines.subList(p1 + 1, firstAfter(p1, end, p2, p3, p4));

        int tablesFrom = p2 >= 0 ? p2 + 1 : (p1 >= 0 ? p1 + 1 : Math.min(frontEnd, firstTitle));
        int tablesTo = firstAfter(tablesFrom - 1, end, p3, p4);
        List<Segments.TableRegion> tables = tables(lines, tablesFrom, tablesTo, titleAt);

        List<Segments.TargetRegion> targets = new ArrayList<>();
        List<SourceLine> part3 = p3 < 0 ? List.of() : withoutTargets(lines, p3 + 1, firstAfter(p3, end, p4), targetAt, targets);
        List<SourceLine> part4 = p4 < 0 ? List.of() : lines.subList(p4 + 1, end);
        return new Segments(front, part1, tables, part3, targets, part4);
    }

    private static List<Segments.TableRegion> tables(List<SourceLine> lines, int from, int to, TableId[] titleAt) {
        List<Integer> starts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (titleAt[i] != null) {
                starts.add(i);
            }
        }
        List<Segments.TableRegion> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int s = starts.get(k);
            int e = k + 1 < starts.size() ? starts.get(k + 1) : to;
            List<SourceLine> body = new ArrayList<>(e - s - 1);
            for (int i = s + 1; i < e; i++) {
                SourceLine l = lines.get(i);
                // the next table's “表 N” line sits just before its title, inside this region
                if (l.firstChar() != '表' || !isTableNumber(l.text())) {
                    body.add(l);
                }
            }
            out.add(new Segments.TableRegion(titleAt[s], numberBefore(lines, s, from), lines.get(s), Collections.unmodifiableList(body)));
        }
        return out;
    }

    private static Integer numberBefore(List<SourceLine> lines, int title, int from) {
        for (int i = title - 1; i >= Math.max(from, title - 3); i--) {
            SourceLine l = lines.get(i);
            // a table row, which most lines before a title are, is turned away without building its text
            int number = l.firstChar() == '表' ? tableNumber(l.text()) : -1;
            if (number >= 0) {
                return number;
            }
            if (!l.isBlank()) {
                return null;
            }
        }
        return null;
    }

    /** “表 3”; checked for every line of every table, so only lines starting with 表 are read. */
    private static boolean isTableNumber(String text) {
        return tableNumber(text) >= 0;
    }

    /**
     * The number of a “表 3” line: what {@link #TABLE_NUMBER} reads, by hand, as it runs on every line
     * of every table and before every title; -1 for another text.
     */
    static int tableNumber(String text) {
        int n = text.length();
        if (n < 2 || text.charAt(0) != '表') {
            return -1;
        }
        int i = 1;
        while (i < n && Markup.isRegexSpace(text.charAt(i))) {
            i++;
        }
        if (n - i < 1 || n - i > 2) {
            return -1; // one or two digits to the end
        }
        int number = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + c - '0';
        }
        return number;
    }

    /**
     * The first character of {@code text} that {@link Texts#joinCjk} keeps (it drops leading spaces),
     * so the first character of {@link SourceLine#joined()} too; 0 for a blank text.
     */
    private static char firstVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u3000' && c != '\u00a0') {
                return c;
            }
        }
        return 0;
    }

    /** Lines {@code [from, to)} of part 3 without the target tables, which go to {@code targets}. */
    private static List<SourceLine> withoutTargets(List<SourceLine> lines, int from, int to, Segments.TargetKind[] targetAt,
                                                   List<Segments.TargetRegion> targets) {
        List<SourceLine> rest = new ArrayList<>(to - from);
        int i = from;
        while (i < to) {
            SourceLine l = lines.get(i);
            Segments.TargetKind kind = targetAt[i];
            if (kind == null) {
                rest.add(l);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && targetAt[j] == null && !(lines.get(j).headingLevel() > 0 && !lines.get(j).isTabular())) {
                j++;
            }
            targets.add(new Segments.TargetRegion(kind, l, List.copyOf(lines.subList(i + 1, j))));
            i = j;
        }
        return Collections.unmodifiableList(rest);
    }

    /** The kind of target table a title with the key {@code k} names, or null for another line. */
    private static Segments.TargetKind targetKind(String k) {
        if (k.length() > 30 || !k.endsWith("绩效目标表")) {
            return null;
        }
        return k.contains("项目") ? Segments.TargetKind.PROJECT : Segments.TargetKind.DEPARTMENT;
    }

    private static int firstNonNegative(int... xs) {
        for (int x : xs) {
            if (x >= 0) {
                return x;
            }
        }
        return 0;
    }

    /** The smallest candidate greater than {@code after}, or {@code end}. */
    private static int firstAfter(int after, int end, int... candidates) {
        int best = end;
        for (int c : candidates) {
            if (c > after && c < best) {
                best = c;
            }
        }
        return best;
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
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
        // titles of tables and of performance target tables (the rest only looks these up), noted as they
        // come, in line order: a document has a few dozen, not one slot per line
        Marks titles = new Marks();
        Marks targetTitles = new Marks();
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
                TableId id = TableTitles.ofKey(key);
                if (id != null) {
                    titles.add(i, id);
                    if (firstTitle == end) {
                        firstTitle = i;
                    }
                }
                Segments.TargetKind kind = targetKind(key);
                if (kind != null) {
                    targetTitles.add(i, kind);
                }
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
        List<Segments.TableRegion> tables = tables(lines, tablesFrom, tablesTo, titles);

        List<Segments.TargetRegion> targets = new ArrayList<>();
        List<SourceLine> part3 = p3 < 0 ? List.of() : withoutTargets(lines, p3 + 1, firstAfter(p3, end, p4), targetTitles, targets);
        List<SourceLine> part4 = p4 < 0 ? List.of() : lines.subList(p4 + 1, end);
        return new Segments(front, part1, tables, part3, targets, part4);
    }

    /**
     * Lines noted while the document is cut (the titles), with what each is, in line order: two arrays
     * grown as needed, rather than an array with a slot for every line of the document.
     */
    private static final class Marks {
        int[] at = new int[16];
        Object[] what = new Object[16];
        int size;

        void add(int line, Object w) {
            if (size == at.length) {
                at = Arrays.copyOf(at, 2 * size);
                what = Arrays.copyOf(what, 2 * size);
            }
            at[size] = line;
            what[size++] = w;
        }

        /** The first mark at or after {@code line}, or {@link #size}. */
        int firstFrom(int line) {
            int k = 0;
            while (k < size && at[k] < line) {
                k++;
            }
            return k;
        }
    }

    private static List<Segments.TableRegion> tables(List<SourceLine> lines, int from, int to, Marks titles) {
        int first = titles.firstFrom(from);
        int last = titles.firstFrom(to);
        List<Segments.TableRegion> out = new ArrayList<>(last - first);
        for (int k = first; k < last; k++) {
            int s = titles.at[k];
            int e = k + 1 < last ? titles.at[k + 1] : to;
            out.add(new Segments.TableRegion((TableId) titles.what[k], numberBefore(lines, s, from), lines.get(s), body(lines, s + 1, e)));
        }
        return out;
    }

    /**
     * Lines {@code [from, to)} without the “表 N” lines: the next table's sits just before its title,
     * inside this region. Where those are all at the end, as they are, the region is a view of the lines,
     * not a copy.
     */
    private static List<SourceLine> body(List<SourceLine> lines, int from, int to) {
        int kept = to; // the lines before this are all kept
        for (int i = from; i < to; i++) {
            SourceLine l = lines.get(i);
            boolean number = l.firstChar() == '表' && isTableNumber(l.text());
            if (number && kept == to) {
                kept = i;
            } else if (!number && kept < to) {
                // a line kept after one left out (the blank line after “表 N”, in most documents): the
                // region is copied; the lines before the first left out are kept, and those from it to
                // this one left out, as already asked: only the lines after this one are asked again
                List<SourceLine> body = new ArrayList<>(to - from - 1);
                body.addAll(lines.subList(from, kept));
                body.add(l);
                for (int j = i + 1; j < to; j++) {
                    SourceLine m = lines.get(j);
                    if (m.firstChar() != '表' || !isTableNumber(m.text())) {
                        body.add(m);
                    }
                }
                return Collections.unmodifiableList(body);
            }
        }
        return Collections.unmodifiableList(lines.subList(from, kept));
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
    private static List<SourceLine> withoutTargets(List<SourceLine> lines, int from, int to, Marks targetTitles,
                                                   List<Segments.TargetRegion> targets) {
        int k = targetTitles.firstFrom(from);
        List<SourceLine> rest = new ArrayList<>(to - from);
        int i = from;
        while (i < to) {
            if (k == targetTitles.size || i != targetTitles.at[k]) {
                rest.add(lines.get(i));
                i++;
                continue;
            }
            int next = k + 1 < targetTitles.size ? targetTitles.at[k + 1] : to;
            int j = i + 1;
            while (j < to && j != next && !(lines.get(j).headingLevel() > 0 && !lines.get(j).isTabular())) {
                j++;
            }
            // a view of the lines, which no one changes, rather than a copy
            targets.add(new Segments.TargetRegion((Segments.TargetKind) targetTitles.what[k], lines.get(i),
                    Collections.unmodifiableList(lines.subList(i + 1, j))));
            i = j;
            while (k < targetTitles.size && targetTitles.at[k] < i) {
                k++;
            }
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

package org.budgetdisclosure.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.budgetdisclosure.catalog.Names;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.CodeIndex;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Pairs the projects of 表7 with what else names them (performance target tables, part 3's project
 * descriptions). Names are compared by a key that ignores printing noise (spaces, bracket width,
 * quotes, punctuation); a pair that is close but not equal is a near miss, which the rules report as
 * a warning naming both spellings, and still compare as the same project.
 */
public final class ProjectMatching {

    /**
     * How close two keys must be to be called a near miss: an edit distance of at most a third of the
     * shorter key (at least one edit). Only names left unpaired by exact keys are tried, so a loose
     * bound turns two “missing” errors into one warning that names both, rather than hiding anything.
     */
    private static final int NEAR_DIVISOR = 3;

    /** A name inside another is a near miss only from three characters on: “经费” is inside half of all project names. */
    private static final int MIN_CONTAINED = 3;

    private ProjectMatching() {
    }

    /** One project of 表7: its name as first printed, its rows (one per function code it is split over), their sum. */
    public record Table7Project(String name, String key, List<Row> rows, Table table) {

        public Money amount() {
            if (rows.size() == 1) {
                return rows.get(0).amount("total"); // the usual project, under one code
            }
            List<Money> amounts = new ArrayList<>(rows.size());
            for (Row r : rows) {
                amounts.add(r.amount("total"));
            }
            return Money.sum(amounts);
        }

        /** The 表7 cells the amount comes from. */
        public List<Location> places() {
            return rows.stream().map(r -> Places.cell(table, r, "total")).toList();
        }

        public Location place() {
            return places().get(0);
        }

        /** “表7 87.74” or “表7 电子政务维护费 40.00 + 47.74” when split over codes. */
        public String how() {
            if (rows.size() == 1) {
                return "表7 “" + name + "”项目支出合计";
            }
            return "表7 “" + name + "” " + Places.sumText(rows.stream().map(Row::label).toList(),
                    rows.stream().map(r -> r.amount("total")).toList());
        }
    }

    /** The pairs found: exact and near, and what is left on each side. */
    public record Result<T>(List<Pair<T>> exact, List<Pair<T>> near, List<Table7Project> onlyTable7, List<T> onlyOther) {

        /** Exact and near pairs together. */
        public List<Pair<T>> all() {
            List<Pair<T>> a = new ArrayList<>(exact);
            a.addAll(near);
            return a;
        }
    }

    public record Pair<T>(Table7Project project, T other) {
    }

    /** What a project name's key leaves out. */
    private static final String PUNCTUATION = "\"'《》〈〉、，。；：·.-—_/／（）〔〕";

    /** The key two spellings of one project name share. */
    public static String key(String name) {
        String k = Names.key(name);
        int first = 0;
        while (first < k.length() && !isPunctuation(k.charAt(first))) {
            first++;
        }
        if (first == k.length()) {
            return k; // most names hold none of it: no copy
        }
        StringBuilder b = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (!isPunctuation(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether the key leaves {@code c} out. A CJK ideograph, most of any name, is none of it: answered
     * without searching the list, which rules keying every name and statement did per character.
     */
    private static boolean isPunctuation(char c) {
        return (c < '\u4e00' || c > '\u9fff') && PUNCTUATION.indexOf(c) >= 0;
    }

    private static final Object TABLE7 = new Object();

    /** The projects of 表7 (rows of kind PROJECT with a name), grouped by name key in printed order; empty without 表7. */
    public static List<Table7Project> table7(Disclosure d) {
        return d.table(TableId.T7).map(ProjectMatching::table7).orElse(List.of());
    }

    /** As {@link #table7(Disclosure)}, worked out once per check for the rules that pair projects. */
    public static List<Table7Project> table7(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, TABLE7, x -> Tables.of(x, ctx).table(TableId.T7).map(ProjectMatching::table7).orElse(List.of()));
    }

    /** The projects grouped by key in a {@link CodeIndex} (ids in order of first printing), not two linked maps. */
    static List<Table7Project> table7(Table t) {
        List<Row> all = t.rows();
        CodeIndex keys = new CodeIndex(all.size());
        List<List<Row>> groups = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            if (r.kind() != RowKind.PROJECT || r.projectName() == null) {
                continue;
            }
            String k = key(r.projectName());
            if (k.isEmpty()) {
                continue;
            }
            int id = keys.add(k);
            if (id == groups.size()) {
                groups.add(new ArrayList<>(2));
                firstNames.add(r.projectName());
            }
            groups.get(id).add(r);
        }
        List<Table7Project> out = new ArrayList<>(groups.size());
        for (int id = 0; id < groups.size(); id++) {
            out.add(new Table7Project(firstNames.get(id), keys.code(id), List.copyOf(groups.get(id)), t));
        }
        return out;
    }

    /** Pairs {@code others} (named by {@code name}) with the projects of 表7. An other with no name stays unpaired. */
    public static <T> Result<T> match(List<Table7Project> projects, List<T> others, Function<T, String> name) {
        List<Pair<T>> exact = new ArrayList<>();
        List<Table7Project> leftOpen = new ArrayList<>(projects);
        List<T> rightOpen = new ArrayList<>();
        List<String> rightKeys = new ArrayList<>(); // parallel to rightOpen: each name keyed once
        for (T o : others) {
            String k = key(name.apply(o));
            Table7Project p = k.isEmpty() ? null : withKey(projects, k);
            if (p == null) {
                rightOpen.add(o);
                rightKeys.add(k);
            } else {
                exact.add(new Pair<>(p, o));
                removeSame(leftOpen, p);
            }
        }
        if (leftOpen.isEmpty() || rightOpen.isEmpty()) {
            // the usual outcome: every name paired exactly, no near miss to look for
            return new Result<>(List.copyOf(exact), List.of(), List.copyOf(leftOpen), List.copyOf(rightOpen));
        }
        List<Pair<T>> near = new ArrayList<>();
        boolean found = true;
        while (found) {
            found = false;
            int best = Integer.MAX_VALUE;
            Table7Project bestP = null;
            T bestO = null;
            for (Table7Project p : leftOpen) {
                for (int i = 0; i < rightOpen.size(); i++) {
                    T o = rightOpen.get(i);
                    String k = rightKeys.get(i);
                    int dist = distance(p.key(), k);
                    if (!k.isEmpty() && isNear(p.key(), k, dist) && dist < best) {
                        best = dist;
                        bestP = p;
                        bestO = o;
                    }
                }
            }
            if (bestP != null) {
                near.add(new Pair<>(bestP, bestO));
                removeSame(leftOpen, bestP);
                int at = rightOpen.indexOf(bestO);
                rightOpen.remove(at);
                rightKeys.remove(at);
                found = true;
            }
        }
        return new Result<>(List.copyOf(exact), List.copyOf(near), List.copyOf(leftOpen), List.copyOf(rightOpen));
    }

    /**
     * Removes {@code p} itself: a record's equals would compare the rows, and no two projects of 表7 are
     * equal (each has its own key), so the one equal to p is p.
     */
    private static void removeSame(List<Table7Project> list, Table7Project p) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == p) {
                list.remove(i);
                return;
            }
        }
    }

    /** The first project with key {@code k}, or null. */
    private static Table7Project withKey(List<Table7Project> projects, String k) {
        for (Table7Project p : projects) {
            if (p.key().equals(k)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isNear(String a, String b, int dist) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= MIN_CONTAINED && (a.contains(b) || b.contains(a))) {
            return true;
        }
        return dist <= Math.max(1, shorter / NEAR_DIVISOR);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

package org.budgetdisclosure.check.rules.prose;

import static org.budgetdisclosure.model.TableId.T1;
import static org.budgetdisclosure.model.TableId.T10;
import static org.budgetdisclosure.model.TableId.T3;
import static org.budgetdisclosure.model.TableId.T4;
import static org.budgetdisclosure.model.TableId.T5;
import static org.budgetdisclosure.model.TableId.T6;
import static org.budgetdisclosure.model.TableId.T7;
import static org.budgetdisclosure.model.TableId.T8;
import static org.budgetdisclosure.model.TableId.T9;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.NamedList;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Where the tables give what a fact of part 3 states. The same words mean different figures in
 * different sections: 基本支出 in section 3 (部门支出) is 表3's, in sections 5–6 (一般公共预算) 表5's;
 * a function 类 in section 4 is 表5's under “一般公共预算支出包括” but 表8's under “政府性基金预算支出
 * 包括”. So a fact is first given its {@link #sameMeasure measure} (which quantity), then the table cell.
 *
 * <ul>
 *   <li>TOTAL: total/income → 表1 收入总计 (本年收入 → 表1 一、本年收入); expenditure → 表3 总计 (表1 支出总计 if 表3 is missing);
 *       fiscal → 表4 收入总计; gpb → 表5 总计.</li>
 *   <li>SOURCE: 表1's income line of that key; in section 4, 表4's where it has one.</li>
 *   <li>NATURE basic/project: 表3 total row (sections 1–3), 表5 (5–7), 表8 (8), 表9 (9);
 *       personnel/public: 表6 total row (表8/表9 in sections 8/9).</li>
 *   <li>FUNCTION: 表3 合计 (sections 1–3), 表5 合计 (4–7; in section 4 by the list it is named in),
 *       表8 (8), 表9 (9), by code. ECONOMIC: 表6 合计 by code.</li>
 *   <li>SANGONG: 表10 合计 column (一般公共预算 column when 合计 is not printed).</li>
 *   <li>PROJECT: 表7 项目支出合计 of the rows with that project name (added up when it appears under
 *       several codes).</li>
 *   <li>PERFORMANCE: departmentTargets → 表3 总计; fiscalProjects → 项目支出 of 表5 + 表8 + 表9;
 *       nonFiscalProjects → 表3 项目支出 minus that.</li>
 * </ul>
 * RUNNING_COSTS and PROCUREMENT have rules of their own; UNKNOWN subjects are not compared.
 */
final class TableFigures {

    private static final Object KEY = new Object();

    private final Disclosure d;
    private final Tables tables;
    /** The explanation's facts, and what {@link #sameMeasure} and {@link #figure} answer for each, by position. */
    private final List<Fact> facts;
    /**
     * Each fact's measure and figure, worked out together and all at once (the prose rules ask about every
     * fact), by the fact's position: arrays rather than a map keyed on the facts, whose identity hashes a
     * fresh document has yet to compute. Filled before the object is shared, so readers need no lock.
     *
     * <p>A measure is which quantity a fact states: its subject's kind (the fact's own), the table whose
     * figure it is where the same words mean different tables' figures in different sections (null
     * otherwise), and the key (null when the checker cannot say). Kept as two arrays rather than a record
     * per fact: an object per fact fewer, and compared in place.
     */
    private final TableId[] measureTables;
    private final String[] measureKeys;
    private final Figure[] figures;
    /**
     * The item keys of each list of part 3 (parallel to the explanation's lists), for {@link #section4Table}:
     * lists rather than hash sets, as a list names a handful of items and is looked in a few times.
     */
    private List<List<String>> listItemKeys;
    /** {@link #fiscalProjects()}, worked out once: two measures need it; null until then (or when there is none). */
    private Figure fiscalProjects;
    private boolean fiscalProjectsKnown;

    private TableFigures(Disclosure d, Tables tables) {
        this.d = d;
        this.tables = tables;
        this.facts = d.explanation() == null ? List.of() : d.explanation().facts();
        this.measureTables = new TableId[facts.size()];
        this.measureKeys = new String[facts.size()];
        this.figures = new Figure[facts.size()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = figureOf(facts.get(i), i);
        }
    }

    /** The figures of {@code d}, shared by the prose rules of one check. */
    static TableFigures of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, x -> new TableFigures(x, Tables.of(x, ctx)));
    }

    /** Whether the checker can say which quantity the fact at {@code index} (in the explanation's facts) states. */
    boolean hasMeasure(int index) {
        return measureKeys[index] != null;
    }

    /**
     * Whether the facts at {@code i} and {@code j} state the same quantity (both have a measure, and it is
     * the same kind, table and key). The keys are compared last: tables and kinds tell most facts apart.
     */
    boolean sameMeasure(int i, int j) {
        String a = measureKeys[i];
        String b = measureKeys[j];
        return a != null && b != null && measureTables[i] == measureTables[j]
                && facts.get(i).subject().kind() == facts.get(j).subject().kind() && a.equals(b);
    }

    private void measure(int index, TableId table, String key) {
        measureTables[index] = table;
        measureKeys[index] = key;
    }

    /**
     * The table figure for the fact at {@code index} (in the explanation's facts); null when the checker
     * cannot say (or the table is missing).
     */
    Figure figure(int index) {
        return figures[index];
    }

    /** As {@link #figure}, when the figure is printed; else null. */
    Figure printedFigure(int index) {
        Figure g = figures[index];
        return g != null && g.printed() ? g : null;
    }

    /**
     * The measure of fact {@code f} at {@code index} (put in {@link #measureTables} and {@link #measureKeys}), then the figure of that
     * measure (returned): the table a fact's section points to is found once for both. Both are null
     * when the checker cannot say.
     */
    private Figure figureOf(Fact f, int index) {
        String key = f.subject().key();
        if (key == null) {
            return null;
        }
        SubjectKind kind = f.subject().kind();
        return switch (kind) {
            case TOTAL -> {
                String total = totalKey(f);
                measure(index, null, total);
                yield total(total);
            }
            case SOURCE -> {
                measure(index, null, key);
                yield source(key, f.section());
            }
            case SANGONG -> {
                measure(index, null, key);
                yield sangong(key);
            }
            case PERFORMANCE -> {
                measure(index, null, key);
                yield performance(key);
            }
            case RUNNING_COSTS, PROCUREMENT -> {
                measure(index, null, key);
                yield null;
            }
            case PROJECT -> {
                String name = ProseNames.key(key);
                measure(index, null, name);
                yield project(key, name);
            }
            case ECONOMIC -> {
                measure(index, T6, key);
                yield codeRow(T6, RowKind.ECONOMIC, key, f.subject().text());
            }
            case NATURE -> {
                TableId t = natureTable(f);
                if (t == null) {
                    yield null;
                }
                measure(index, t, key);
                yield nature(key, t);
            }
            case FUNCTION -> {
                TableId t = functionTable(f);
                if (t == null) {
                    yield null;
                }
                measure(index, t, key);
                yield codeRow(t, RowKind.FUNCTION, key, f.subject().text());
            }
            case UNKNOWN -> null;
        };
    }

    /** “本年收入” is the income without the carry-over (表1 一、本年收入), not the income total. */
    private static String totalKey(Fact f) {
        boolean current = "income".equals(f.subject().key()) && ProseNames.key(f.subject().text()).contains("本年收入");
        return current ? "currentIncome" : f.subject().key();
    }

    /** The figure of a section's whole, for shares stated with no total before them. */
    Figure sectionTotal(int section) {
        return switch (section) {
            case 1, 2 -> total("income");
            case 3 -> total("expenditure");
            case 4 -> total("fiscal");
            case 5, 6, 7 -> total("gpb");
            case 8 -> totalCell(T8, "total");
            case 9 -> totalCell(T9, "total");
            case 10 -> sangong("total");
            default -> null;
        };
    }

    /** The table of a 基本支出/项目支出/人员经费/公用经费 fact, or null. */
    private static TableId natureTable(Fact f) {
        String key = f.subject().key();
        int s = f.section();
        if (key.equals("personnel") || key.equals("public")) {
            return s == 8 ? T8 : s == 9 ? T9 : T6;
        }
        return switch (s) {
            case 1, 2, 3 -> T3;
            case 5, 6, 7 -> T5;
            case 8 -> T8;
            case 9 -> T9;
            default -> null;
        };
    }

    /** The table of a function class fact, or null. */
    private TableId functionTable(Fact f) {
        return switch (f.section()) {
            case 1, 2, 3 -> T3;
            case 4 -> section4Table(f);
            case 5, 6, 7 -> T5;
            case 8 -> T8;
            case 9 -> T9;
            default -> null;
        };
    }

    /** Section 4 names classes under a budget type (“一般公共预算支出包括：…”): the nearest list above naming this one. */
    private TableId section4Table(Fact f) {
        String name = ProseNames.key(f.subject().text());
        int line = f.at() == null || f.at().line() == null ? Integer.MAX_VALUE : f.at().line();
        NamedList best = null;
        int bestLine = 0;
        if (d.explanation() != null) {
            List<NamedList> lists = d.explanation().lists();
            List<List<String>> keys = listItemKeys(lists);
            for (int i = 0; i < lists.size(); i++) {
                NamedList l = lists.get(i);
                if (l.section() != f.section() || !keys.get(i).contains(name)
                        || !(l.at() == null || l.at().line() == null || l.at().line() <= line)) {
                    continue;
                }
                int at = l.at() == null || l.at().line() == null ? 0 : l.at().line();
                if (best == null || at > bestLine) { // the first of the nearest, as Stream.max keeps it
                    best = l;
                    bestLine = at;
                }
            }
        }
        String label = best == null ? "" : best.label();
        if (label.contains("政府性基金")) {
            return T8;
        }
        return label.contains("国有资本") ? T9 : T5;
    }

    private List<List<String>> listItemKeys(List<NamedList> lists) {
        if (listItemKeys == null) {
            List<List<String>> out = new ArrayList<>(lists.size());
            for (int i = 0; i < lists.size(); i++) {
                NamedList l = lists.get(i);
                if (l.section() != 4) {
                    out.add(List.of()); // only section 4's lists are looked in (section4Table skips the others first)
                    continue;
                }
                List<String> items = l.items();
                List<String> keys = new ArrayList<>(items.size());
                for (int k = 0; k < items.size(); k++) {
                    keys.add(ProseNames.key(items.get(k)));
                }
                out.add(keys);
            }
            listItemKeys = out;
        }
        return listItemKeys;
    }

    private Figure total(String key) {
        return switch (key) {
            case "total", "income" -> sideTotal(T1, Side.INCOME, "amount");
            case "currentIncome" -> {
                Tables.Rows t = tables.rows(T1);
                Row r = t == null ? null : firstOnSide(t.withKey("currentIncome"), Side.INCOME);
                yield r == null ? null : Figure.cell(t.table(), r, "amount");
            }
            case "expenditure" -> {
                Figure f = totalCell(T3, "total");
                yield f != null ? f : sideTotal(T1, Side.EXPENDITURE, "amount");
            }
            case "fiscal" -> sideTotal(T4, Side.INCOME, "amount");
            case "gpb" -> totalCell(T5, "total");
            default -> null;
        };
    }

    private Figure source(String key, int section) {
        if (section == 4) {
            Tables.Rows t4 = tables.rows(T4);
            Row r = t4 == null ? null : firstOnSide(t4.withKey(key), Side.INCOME);
            if (r != null) {
                return Figure.cell(t4.table(), r, "amount");
            }
        }
        Tables.Rows t1 = tables.rows(T1);
        if (t1 == null) {
            return null;
        }
        Row r = null;
        List<Row> rows = t1.withKey(key);
        for (int i = 0; i < rows.size(); i++) { // by index, as all loops here: an iterator per lookup was a third of what the figures allocated
            Row x = rows.get(i);
            if (x.side() == Side.INCOME && x.kind() == RowKind.ITEM) {
                r = x;
                break;
            }
        }
        return r != null ? Figure.cell(t1.table(), r, "amount") : missing(t1.table(), key);
    }

    /** The first row on that side, or null. */
    private static Row firstOnSide(List<Row> rows, Side side) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.side() == side) {
                return r;
            }
        }
        return null;
    }

    private Figure nature(String key, TableId table) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : totalRow(t);
        if (r == null) {
            return null;
        }
        Table tt = t.table();
        if (t.hasColumn(key)) {
            return Figure.cell(tt, r, key);
        }
        if (key.equals("basic")) {
            // 表8/表9 split 基本支出 into 人员经费 and 公用经费 without a column of its own
            return sum(List.of(Figure.cell(tt, r, "personnel"), Figure.cell(tt, r, "public")));
        }
        return null;
    }

    private Figure codeRow(TableId table, RowKind kind, String code, String text) {
        Tables.Rows t = tables.rows(table);
        if (t == null) {
            return null;
        }
        Row r = null;
        List<Row> rows = t.withCode(code);
        for (int i = 0; i < rows.size(); i++) {
            Row x = rows.get(i);
            if (x.kind() == kind && x.side() != Side.INCOME) {
                r = x;
                break;
            }
        }
        return r != null ? Figure.cell(t.table(), r, "total") : missing(t.table(), code + " " + text);
    }

    private Figure sangong(String key) {
        Tables.Rows t = tables.rows(T10);
        if (t == null) {
            return null;
        }
        List<Row> rows = t.withKey(key);
        if (rows.isEmpty()) {
            return missing(t.table(), key);
        }
        Row r = rows.get(0);
        boolean total = r.cells().get("total") != null || r.cells().get("gpb") == null;
        return Figure.cell(t.table(), r, total ? "total" : "gpb");
    }

    /** The 表7 figure of the project {@code name}, whose name is {@code key} as {@link ProseNames#key} has it. */
    private Figure project(String name, String key) {
        Tables.Rows t = tables.rows(T7);
        if (t == null) {
            return null;
        }
        Figure one = null;
        List<Figure> rows = null; // only for a project under several codes
        List<Row> projects = t.ofKind(RowKind.PROJECT);
        for (int i = 0; i < projects.size(); i++) {
            Row r = projects.get(i);
            if (ProseNames.key(r.projectName()).equals(key)) {
                Figure g = Figure.cell(t.table(), r, "total");
                if (one == null) {
                    one = g;
                } else {
                    if (rows == null) {
                        rows = new ArrayList<>();
                        rows.add(one);
                    }
                    rows.add(g);
                }
            }
        }
        return one == null ? missing(t.table(), name) : rows == null ? one : sum(rows);
    }

    private Figure performance(String key) {
        return switch (key) {
            case "departmentTargets" -> {
                Figure f = totalCell(T3, "total");
                yield f != null ? f : sideTotal(T1, Side.INCOME, "amount");
            }
            case "fiscalProjects" -> fiscalProjects();
            case "nonFiscalProjects" -> {
                Figure a = totalCell(T3, "project");
                Figure f = fiscalProjects();
                if (a == null || f == null) {
                    yield null;
                }
                yield new Figure(a.amount().minus(f.amount()), a.printed() || f.printed(), a.parts() + f.parts(),
                        () -> a.how() + " − 财政拨款项目（" + f.how() + "）", () -> {
                            List<Location> places = new ArrayList<>(a.places());
                            places.addAll(f.places());
                            return places;
                        });
            }
            default -> null;
        };
    }

    /** 财政拨款项目: the project spending of the three budget types, as far as their tables are printed. */
    private Figure fiscalProjects() {
        if (!fiscalProjectsKnown) {
            List<Figure> parts = new ArrayList<>(3);
            for (TableId id : List.of(T5, T8, T9)) {
                Figure g = totalCell(id, "project");
                if (g != null) {
                    parts.add(g);
                }
            }
            fiscalProjects = parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : sum(parts);
            fiscalProjectsKnown = true;
        }
        return fiscalProjects;
    }

    private Figure totalCell(TableId table, String column) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : totalRow(t);
        return r == null ? null : Figure.cell(t.table(), r, column);
    }

    private Figure sideTotal(TableId table, Side side, String column) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : firstOnSide(t.ofKind(RowKind.TOTAL), side);
        return r == null ? null : Figure.cell(t.table(), r, column);
    }

    /** The first total row not on the income side. */
    private static Row totalRow(Tables.Rows t) {
        List<Row> totals = t.ofKind(RowKind.TOTAL);
        for (int i = 0; i < totals.size(); i++) {
            Row r = totals.get(i);
            if (r.side() != Side.INCOME) {
                return r;
            }
        }
        return null;
    }

    private static Figure missing(Table t, String what) {
        return new Figure(Money.ZERO, false, 1, () -> t.id().label() + " 中没有“" + what + "”这一行",
                () -> List.of(Location.of(t.at()).inTable(t.id(), null, null)));
    }

    private static Figure sum(List<Figure> parts) {
        List<Money> amounts = new ArrayList<>();
        int n = 0;
        boolean printed = false;
        for (Figure p : parts) {
            amounts.add(p.amount());
            n += p.parts();
            printed |= p.printed();
        }
        return new Figure(Money.sum(amounts), printed, n,
                () -> Places.sumText(parts.stream().map(Figure::how).toList(), amounts), () -> {
                    List<Location> places = new ArrayList<>();
                    parts.forEach(p -> places.addAll(p.places()));
                    return places;
                });
    }
}

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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Where the tables give what a fact of part 3 states. The same words mean different figures in
 * different sections: 基本支出 in section 3 (部门支出) is 表3's, in sections 5–6 (一般公共预算) 表5's;
 * a function 类 in section 4 is 表5's under “一般公共预算支出包括” but 表8's under “政府性基金预算支出
 * 包括”. So a fact is first given its {@link #measure measure} (which quantity), then the table cell.
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
    /** What {@link #measure} and {@link #of} answer for each fact, worked out together: several prose rules ask about every fact. */
    private final Map<Fact, Entry> entries;
    /** The item keys of each list of part 3 (parallel to the explanation's lists), for {@link #section4Table}. */
    private List<Set<String>> listItemKeys;
    /** {@link #fiscalProjects()}, worked out once: two measures need it. */
    private Optional<Figure> fiscalProjects;

    /** A fact's measure and figure (each empty when the checker cannot say). */
    private record Entry(Optional<String> measure, Optional<Figure> figure) {
    }

    private static final Entry NONE = new Entry(Optional.empty(), Optional.empty());

    private TableFigures(Disclosure d, Tables tables) {
        this.d = d;
        this.tables = tables;
        this.entries = new IdentityHashMap<>(d.explanation() == null ? 8 : d.explanation().facts().size());
    }

    /** The figures of {@code d}, shared by the prose rules of one check. */
    static TableFigures of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, x -> new TableFigures(x, Tables.of(x, ctx)));
    }

    /** Which quantity the fact states; empty when the checker cannot say. */
    Optional<String> measure(Fact f) {
        return entry(f).measure();
    }

    /** The table figure for the fact; empty when the checker cannot say (or the table is missing). */
    Optional<Figure> of(Fact f) {
        return entry(f).figure();
    }

    private Entry entry(Fact f) {
        Entry e = entries.get(f);
        if (e == null) {
            e = entryOf(f);
            entries.put(f, e);
        }
        return e;
    }

    /** The measure, then the figure of that measure: the table a fact's section points to is found once for both. */
    private Entry entryOf(Fact f) {
        String key = f.subject().key();
        if (key == null) {
            return NONE;
        }
        return switch (f.subject().kind()) {
            case TOTAL -> {
                String total = totalKey(f);
                yield new Entry(Optional.of("TOTAL:" + total), total(total));
            }
            case SOURCE -> new Entry(Optional.of("SOURCE:" + key), source(key, f.section()));
            case SANGONG -> new Entry(Optional.of("SANGONG:" + key), sangong(key));
            case PERFORMANCE -> new Entry(Optional.of("PERFORMANCE:" + key), performance(key));
            case RUNNING_COSTS, PROCUREMENT -> new Entry(Optional.of(f.subject().kind() + ":" + key), Optional.empty());
            case PROJECT -> new Entry(Optional.of("PROJECT:" + ProseNames.key(key)), project(key));
            case ECONOMIC -> new Entry(Optional.of("ECONOMIC:T6:" + key), codeRow(T6, RowKind.ECONOMIC, key, f.subject().text()));
            case NATURE -> {
                TableId t = natureTable(f);
                yield t == null ? NONE : new Entry(Optional.of("NATURE:" + t + ":" + key), nature(key, t));
            }
            case FUNCTION -> {
                TableId t = functionTable(f);
                yield t == null ? NONE : new Entry(Optional.of("FUNCTION:" + t + ":" + key), codeRow(t, RowKind.FUNCTION, key, f.subject().text()));
            }
            case UNKNOWN -> NONE;
        };
    }

    /** “本年收入” is the income without the carry-over (表1 一、本年收入), not the income total. */
    private static String totalKey(Fact f) {
        boolean current = "income".equals(f.subject().key()) && ProseNames.key(f.subject().text()).contains("本年收入");
        return current ? "currentIncome" : f.subject().key();
    }

    /** The figure of a section's whole, for shares stated with no total before them. */
    Optional<Figure> sectionTotal(int section) {
        return switch (section) {
            case 1, 2 -> total("income");
            case 3 -> total("expenditure");
            case 4 -> total("fiscal");
            case 5, 6, 7 -> total("gpb");
            case 8 -> totalCell(T8, "total");
            case 9 -> totalCell(T9, "total");
            case 10 -> sangong("total");
            default -> Optional.empty();
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
            List<Set<String>> keys = listItemKeys(lists);
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

    private List<Set<String>> listItemKeys(List<NamedList> lists) {
        if (listItemKeys == null) {
            List<Set<String>> out = new ArrayList<>(lists.size());
            for (NamedList l : lists) {
                if (l.section() != 4) {
                    out.add(Set.of()); // only section 4's lists are looked in (section4Table skips the others first)
                    continue;
                }
                Set<String> keys = new HashSet<>();
                for (String item : l.items()) {
                    keys.add(ProseNames.key(item));
                }
                out.add(keys);
            }
            listItemKeys = out;
        }
        return listItemKeys;
    }

    private Optional<Figure> total(String key) {
        return switch (key) {
            case "total", "income" -> sideTotal(T1, Side.INCOME, "amount");
            case "currentIncome" -> {
                Tables.Rows t = tables.rows(T1);
                Row r = t == null ? null : first(t.withKey("currentIncome"), x -> x.side() == Side.INCOME);
                yield t == null || r == null ? Optional.empty() : Optional.of(cell(t.table(), r, "amount"));
            }
            case "expenditure" -> totalCell(T3, "total").or(() -> sideTotal(T1, Side.EXPENDITURE, "amount"));
            case "fiscal" -> sideTotal(T4, Side.INCOME, "amount");
            case "gpb" -> totalCell(T5, "total");
            default -> Optional.empty();
        };
    }

    private Optional<Figure> source(String key, int section) {
        if (section == 4) {
            Tables.Rows t4 = tables.rows(T4);
            Row r = t4 == null ? null : first(t4.withKey(key), x -> x.side() == Side.INCOME);
            if (r != null) {
                return Optional.of(cell(t4.table(), r, "amount"));
            }
        }
        Tables.Rows t1 = tables.rows(T1);
        if (t1 == null) {
            return Optional.empty();
        }
        Row r = first(t1.withKey(key), x -> x.side() == Side.INCOME && x.kind() == RowKind.ITEM);
        return Optional.of(r != null ? cell(t1.table(), r, "amount") : missing(t1.table(), key));
    }

    /** The first row that fits, or null. */
    private static Row first(List<Row> rows, Predicate<Row> p) {
        for (Row r : rows) {
            if (p.test(r)) {
                return r;
            }
        }
        return null;
    }

    private Optional<Figure> nature(String key, TableId table) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : totalRow(t);
        if (r == null) {
            return Optional.empty();
        }
        Table tt = t.table();
        if (t.hasColumn(key)) {
            return Optional.of(cell(tt, r, key));
        }
        if (key.equals("basic")) {
            // 表8/表9 split 基本支出 into 人员经费 and 公用经费 without a column of its own
            return Optional.of(sum(List.of(cell(tt, r, "personnel"), cell(tt, r, "public"))));
        }
        return Optional.empty();
    }

    private Optional<Figure> codeRow(TableId table, RowKind kind, String code, String text) {
        Tables.Rows t = tables.rows(table);
        if (t == null) {
            return Optional.empty();
        }
        Row r = first(t.withCode(code), x -> x.kind() == kind && x.side() != Side.INCOME);
        return Optional.of(r != null ? cell(t.table(), r, "total") : missing(t.table(), code + " " + text));
    }

    private Optional<Figure> sangong(String key) {
        Tables.Rows t = tables.rows(T10);
        if (t == null) {
            return Optional.empty();
        }
        List<Row> rows = t.withKey(key);
        if (rows.isEmpty()) {
            return Optional.of(missing(t.table(), key));
        }
        Row r = rows.get(0);
        boolean total = r.cell("total").isPresent() || r.cell("gpb").isEmpty();
        return Optional.of(cell(t.table(), r, total ? "total" : "gpb"));
    }

    private Optional<Figure> project(String name) {
        String k = ProseNames.key(name);
        Tables.Rows t = tables.rows(T7);
        if (t == null) {
            return Optional.empty();
        }
        List<Figure> rows = new ArrayList<>();
        for (Row r : t.ofKind(RowKind.PROJECT)) {
            if (ProseNames.key(r.projectName()).equals(k)) {
                rows.add(cell(t.table(), r, "total"));
            }
        }
        return Optional.of(rows.isEmpty() ? missing(t.table(), name) : rows.size() == 1 ? rows.get(0) : sum(rows));
    }

    private Optional<Figure> performance(String key) {
        return switch (key) {
            case "departmentTargets" -> totalCell(T3, "total").or(() -> sideTotal(T1, Side.INCOME, "amount"));
            case "fiscalProjects" -> fiscalProjects();
            case "nonFiscalProjects" -> {
                Optional<Figure> all = totalCell(T3, "project");
                Optional<Figure> fiscal = fiscalProjects();
                if (all.isEmpty() || fiscal.isEmpty()) {
                    yield Optional.empty();
                }
                Figure a = all.get();
                Figure f = fiscal.get();
                yield Optional.of(new Figure(a.amount().minus(f.amount()), a.printed() || f.printed(), a.parts() + f.parts(),
                        () -> a.how() + " − 财政拨款项目（" + f.how() + "）", () -> {
                            List<Location> places = new ArrayList<>(a.places());
                            places.addAll(f.places());
                            return places;
                        }));
            }
            default -> Optional.empty();
        };
    }

    /** 财政拨款项目: the project spending of the three budget types, as far as their tables are printed. */
    private Optional<Figure> fiscalProjects() {
        if (fiscalProjects == null) {
            List<Figure> parts = new ArrayList<>();
            for (TableId id : List.of(T5, T8, T9)) {
                totalCell(id, "project").ifPresent(parts::add);
            }
            fiscalProjects = parts.isEmpty() ? Optional.empty() : Optional.of(parts.size() == 1 ? parts.get(0) : sum(parts));
        }
        return fiscalProjects;
    }

    private Optional<Figure> totalCell(TableId table, String column) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : totalRow(t);
        return r == null ? Optional.empty() : Optional.of(cell(t.table(), r, column));
    }

    private Optional<Figure> sideTotal(TableId table, Side side, String column) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : first(t.ofKind(RowKind.TOTAL), x -> x.side() == side);
        return r == null ? Optional.empty() : Optional.of(cell(t.table(), r, column));
    }

    private static Row totalRow(Tables.Rows t) {
        return first(t.ofKind(RowKind.TOTAL), r -> r.side() != Side.INCOME);
    }

    private static Figure cell(Table t, Row r, String column) {
        return new Figure(r.amount(column), r.cell(column).isPresent(), 1,
                () -> t.id().label() + " " + r.label() + " › " + Places.columnLabel(t, column), () -> List.of(Places.cell(t, r, column)));
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

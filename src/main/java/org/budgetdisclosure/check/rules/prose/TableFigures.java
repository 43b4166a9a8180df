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
    /** What {@link #measure} and {@link #of} answered for each fact: several prose rules ask about every fact. */
    private final Map<Fact, Optional<String>> measures = new IdentityHashMap<>();
    private final Map<Fact, Optional<Figure>> figures = new IdentityHashMap<>();
    /** The item keys of each list of part 3 (parallel to the explanation's lists), for {@link #section4Table}. */
    private List<Set<String>> listItemKeys;

    private TableFigures(Disclosure d, Tables tables) {
        this.d = d;
        this.tables = tables;
    }

    /** The figures of {@code d}, shared by the prose rules of one check. */
    static TableFigures of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, x -> new TableFigures(x, Tables.of(x, ctx)));
    }

    /** Which quantity the fact states; empty when the checker cannot say. */
    Optional<String> measure(Fact f) {
        Optional<String> m = measures.get(f);
        if (m == null) {
            m = measureOf(f);
            measures.put(f, m);
        }
        return m;
    }

    private Optional<String> measureOf(Fact f) {
        String key = f.subject().key();
        if (key == null) {
            return Optional.empty();
        }
        return switch (f.subject().kind()) {
            case TOTAL -> Optional.of("TOTAL:" + totalKey(f));
            case SOURCE, SANGONG, PERFORMANCE, RUNNING_COSTS, PROCUREMENT -> Optional.of(f.subject().kind() + ":" + key);
            case PROJECT -> Optional.of("PROJECT:" + ProseNames.key(key));
            case ECONOMIC -> Optional.of("ECONOMIC:T6:" + key);
            case NATURE -> natureTable(f).map(t -> "NATURE:" + t + ":" + key);
            case FUNCTION -> functionTable(f).map(t -> "FUNCTION:" + t + ":" + key);
            case UNKNOWN -> Optional.empty();
        };
    }

    /** The table figure for the fact; empty when the checker cannot say (or the table is missing). */
    Optional<Figure> of(Fact f) {
        Optional<Figure> figure = figures.get(f);
        if (figure == null) {
            figure = figureOf(f);
            figures.put(f, figure);
        }
        return figure;
    }

    private Optional<Figure> figureOf(Fact f) {
        Optional<String> measure = measure(f);
        if (measure.isEmpty()) {
            return Optional.empty();
        }
        String m = measure.get();
        String key = f.subject().key();
        return switch (f.subject().kind()) {
            case TOTAL -> total(m, totalKey(f));
            case SOURCE -> source(m, key, f.section());
            case NATURE -> nature(m, key, natureTable(f).orElseThrow());
            case FUNCTION -> codeRow(m, functionTable(f).orElseThrow(), RowKind.FUNCTION, key, f.subject().text());
            case ECONOMIC -> codeRow(m, T6, RowKind.ECONOMIC, key, f.subject().text());
            case SANGONG -> sangong(m, key);
            case PROJECT -> project(m, key);
            case PERFORMANCE -> performance(m, key);
            default -> Optional.empty();
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
            case 1, 2 -> total("TOTAL:income", "income");
            case 3 -> total("TOTAL:expenditure", "expenditure");
            case 4 -> total("TOTAL:fiscal", "fiscal");
            case 5, 6, 7 -> total("TOTAL:gpb", "gpb");
            case 8 -> totalCell("NATURE:T8:total", T8, "total");
            case 9 -> totalCell("NATURE:T9:total", T9, "total");
            case 10 -> sangong("SANGONG:total", "total");
            default -> Optional.empty();
        };
    }

    private Optional<TableId> natureTable(Fact f) {
        String key = f.subject().key();
        int s = f.section();
        if (key.equals("personnel") || key.equals("public")) {
            return Optional.of(s == 8 ? T8 : s == 9 ? T9 : T6);
        }
        return switch (s) {
            case 1, 2, 3 -> Optional.of(T3);
            case 5, 6, 7 -> Optional.of(T5);
            case 8 -> Optional.of(T8);
            case 9 -> Optional.of(T9);
            default -> Optional.empty();
        };
    }

    private Optional<TableId> functionTable(Fact f) {
        return switch (f.section()) {
            case 1, 2, 3 -> Optional.of(T3);
            case 4 -> Optional.of(section4Table(f));
            case 5, 6, 7 -> Optional.of(T5);
            case 8 -> Optional.of(T8);
            case 9 -> Optional.of(T9);
            default -> Optional.empty();
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

    private Optional<Figure> total(String m, String key) {
        return switch (key) {
            case "total", "income" -> sideTotal(m, T1, Side.INCOME, "amount");
            case "currentIncome" -> {
                Tables.Rows t = tables.rows(T1);
                Row r = t == null ? null : first(t.withKey("currentIncome"), x -> x.side() == Side.INCOME);
                yield t == null || r == null ? Optional.empty() : Optional.of(cell(m, t.table(), r, "amount"));
            }
            case "expenditure" -> totalCell(m, T3, "total").or(() -> sideTotal(m, T1, Side.EXPENDITURE, "amount"));
            case "fiscal" -> sideTotal(m, T4, Side.INCOME, "amount");
            case "gpb" -> totalCell(m, T5, "total");
            default -> Optional.empty();
        };
    }

    private Optional<Figure> source(String m, String key, int section) {
        if (section == 4) {
            Tables.Rows t4 = tables.rows(T4);
            Row r = t4 == null ? null : first(t4.withKey(key), x -> x.side() == Side.INCOME);
            if (r != null) {
                return Optional.of(cell(m, t4.table(), r, "amount"));
            }
        }
        Tables.Rows t1 = tables.rows(T1);
        if (t1 == null) {
            return Optional.empty();
        }
        Row r = first(t1.withKey(key), x -> x.side() == Side.INCOME && x.kind() == RowKind.ITEM);
        return Optional.of(r != null ? cell(m, t1.table(), r, "amount") : missing(m, t1.table(), key));
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

    private Optional<Figure> nature(String m, String key, TableId table) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : totalRow(t);
        if (r == null) {
            return Optional.empty();
        }
        Table tt = t.table();
        if (t.hasColumn(key)) {
            return Optional.of(cell(m, tt, r, key));
        }
        if (key.equals("basic")) {
            // 表8/表9 split 基本支出 into 人员经费 and 公用经费 without a column of its own
            return Optional.of(sum(m, List.of(cell(m, tt, r, "personnel"), cell(m, tt, r, "public"))));
        }
        return Optional.empty();
    }

    private Optional<Figure> codeRow(String m, TableId table, RowKind kind, String code, String text) {
        Tables.Rows t = tables.rows(table);
        if (t == null) {
            return Optional.empty();
        }
        Row r = first(t.withCode(code), x -> x.kind() == kind && x.side() != Side.INCOME);
        return Optional.of(r != null ? cell(m, t.table(), r, "total") : missing(m, t.table(), code + " " + text));
    }

    private Optional<Figure> sangong(String m, String key) {
        Tables.Rows t = tables.rows(T10);
        if (t == null) {
            return Optional.empty();
        }
        List<Row> rows = t.withKey(key);
        if (rows.isEmpty()) {
            return Optional.of(missing(m, t.table(), key));
        }
        Row r = rows.get(0);
        boolean total = r.cell("total").isPresent() || r.cell("gpb").isEmpty();
        return Optional.of(cell(m, t.table(), r, total ? "total" : "gpb"));
    }

    private Optional<Figure> project(String m, String name) {
        String k = ProseNames.key(name);
        Tables.Rows t = tables.rows(T7);
        if (t == null) {
            return Optional.empty();
        }
        List<Figure> rows = new ArrayList<>();
        for (Row r : t.ofKind(RowKind.PROJECT)) {
            if (ProseNames.key(r.projectName()).equals(k)) {
                rows.add(cell(m, t.table(), r, "total"));
            }
        }
        return Optional.of(rows.isEmpty() ? missing(m, t.table(), name) : rows.size() == 1 ? rows.get(0) : sum(m, rows));
    }

    private Optional<Figure> performance(String m, String key) {
        return switch (key) {
            case "departmentTargets" -> totalCell(m, T3, "total").or(() -> sideTotal(m, T1, Side.INCOME, "amount"));
            case "fiscalProjects" -> fiscalProjects(m);
            case "nonFiscalProjects" -> {
                Optional<Figure> all = totalCell(m, T3, "project");
                Optional<Figure> fiscal = fiscalProjects(m);
                if (all.isEmpty() || fiscal.isEmpty()) {
                    yield Optional.empty();
                }
                Figure a = all.get();
                Figure f = fiscal.get();
                yield Optional.of(new Figure(m, a.amount().minus(f.amount()), a.printed() || f.printed(), a.parts() + f.parts(),
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
    private Optional<Figure> fiscalProjects(String m) {
        List<Figure> parts = new ArrayList<>();
        for (TableId id : List.of(T5, T8, T9)) {
            totalCell(m, id, "project").ifPresent(parts::add);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts.size() == 1 ? parts.get(0) : sum(m, parts));
    }

    private Optional<Figure> totalCell(String m, TableId table, String column) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : totalRow(t);
        return r == null ? Optional.empty() : Optional.of(cell(m, t.table(), r, column));
    }

    private Optional<Figure> sideTotal(String m, TableId table, Side side, String column) {
        Tables.Rows t = tables.rows(table);
        Row r = t == null ? null : first(t.ofKind(RowKind.TOTAL), x -> x.side() == side);
        return r == null ? Optional.empty() : Optional.of(cell(m, t.table(), r, column));
    }

    private static Row totalRow(Tables.Rows t) {
        return first(t.ofKind(RowKind.TOTAL), r -> r.side() != Side.INCOME);
    }

    private static Figure cell(String m, Table t, Row r, String column) {
        return new Figure(m, r.amount(column), r.cell(column).isPresent(), 1,
                () -> t.id().label() + " " + r.label() + " › " + Places.columnLabel(t, column), () -> List.of(Places.cell(t, r, column)));
    }

    private static Figure missing(String m, Table t, String what) {
        return new Figure(m, Money.ZERO, false, 1, () -> t.id().label() + " 中没有“" + what + "”这一行",
                () -> List.of(Location.of(t.at()).inTable(t.id(), null, null)));
    }

    private static Figure sum(String m, List<Figure> parts) {
        List<Money> amounts = new ArrayList<>();
        int n = 0;
        boolean printed = false;
        for (Figure p : parts) {
            amounts.add(p.amount());
            n += p.parts();
            printed |= p.printed();
        }
        return new Figure(m, Money.sum(amounts), printed, n,
                () -> Places.sumText(parts.stream().map(Figure::how).toList(), amounts), () -> {
                    List<Location> places = new ArrayList<>();
                    parts.forEach(p -> places.addAll(p.places()));
                    return places;
                });
    }
}

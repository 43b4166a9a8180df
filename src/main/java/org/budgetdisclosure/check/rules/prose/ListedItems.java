package org.budgetdisclosure.check.rules.prose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.NamedList;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * The lists the prose names (“收入预算包括：…”, “支出预算包括：…”, “一般公共预算支出包括：…”,
 * “人员经费…主要包括：…”) name exactly the lines the tables fill: every item listed has a non-zero
 * figure, and every non-zero line is listed. One class for the four kinds of list, each kind knowing
 * which lists are its own, which table lines it expects and how an item names a line.
 *
 * <p>An item listed that is empty (or absent) in the table is an error. A non-empty line not listed is
 * an error, except under “主要包括” (“mainly includes”), whose own wording allows a partial list: a
 * warning there.
 */
public final class ListedItems implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-LIST", "情况说明列举的来源和科目应恰为表中有数的各项", Severity.ERROR, Family.PROSE);

    /** The kinds of list part 3 prints. */
    public enum Kind {
        /** 收入预算包括 (sections 1–2): 表1's sources of 本年收入 and 上年结转结余. */
        INCOME_SOURCES,
        /** 收入预算包括 in section 4: 表4's financial appropriation income by budget type. */
        FISCAL_INCOME,
        /** 支出预算包括 (sections 1, 3) and …支出包括 in section 4: the function 类 with spending. */
        EXPENDITURE_CLASSES,
        /** 人员经费/公用经费 主要包括 (section 6): 表6's economic 款 (or 类) with a figure in that column. */
        BASIC_ITEMS
    }

    /** A line of a table a list may name; its place is built only for a finding. */
    private record Line(String key, String name, Money amount, Table table, Row row, String column) {

        Location place() {
            return Places.cell(table, row, column);
        }
    }

    /**
     * The lines a list may name, by key, and the keys of those it must name when non-empty (表1's
     * top-level sources, while an item may also name a line under one, such as 事业收入).
     */
    private static final class Lines {

        private final Map<String, Line> all;
        private final List<String> expected;
        private Map<String, String> keyByName;

        Lines(Map<String, Line> all, List<String> expected) {
            this.all = all;
            this.expected = expected;
        }

        static Lines of(Map<String, Line> all) {
            return new Lines(all, List.copyOf(all.keySet()));
        }

        Map<String, Line> all() {
            return all;
        }

        List<String> expected() {
            return expected;
        }

        /** Each line's name key → the key of the first line with that name; built when first asked. */
        Map<String, String> keyByName(Keys keys) {
            if (keyByName == null) {
                Map<String, String> out = new HashMap<>(all.size() * 2);
                for (Line line : all.values()) {
                    out.putIfAbsent(keys.name(line.row()), line.key());
                }
                keyByName = out;
            }
            return keyByName;
        }
    }

    /**
     * What the four kinds of list share in one check: each list's label and each table row's name as
     * {@link ProseNames#key} has them, keyed once rather than once per kind and list.
     */
    private static final class Keys {

        private static final Object KEY = new Object();

        private final List<String> labels;
        private final Map<Row, String> names = new IdentityHashMap<>();

        private Keys(Disclosure d) {
            List<String> l = new ArrayList<>(d.explanation().lists().size());
            for (NamedList list : d.explanation().lists()) {
                l.add(ProseNames.key(list.label()));
            }
            labels = l;
        }

        static Keys of(Disclosure d, CheckContext ctx) {
            return ctx.shared(d, KEY, Keys::new);
        }

        synchronized String name(Row r) {
            String k = names.get(r);
            if (k == null) {
                k = ProseNames.key(r.name());
                names.put(r, k);
            }
            return k;
        }
    }

    /** 表4's income: one line per budget type, and 上年结转. */
    private static final List<String> FISCAL_TOP_LEVEL = List.of("gpb", "fund", "soe", "carryFiscal");

    private final Kind kind;

    public ListedItems(Kind kind) {
        this.kind = kind;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        Tables tables = Tables.of(d, ctx);
        Keys keys = Keys.of(d, ctx);
        List<NamedList> lists = d.explanation().lists();
        for (int i = 0; i < lists.size(); i++) {
            NamedList l = lists.get(i);
            String label = keys.labels.get(i);
            if (applies(l, label)) {
                Optional<Lines> lines = lines(tables, l, label, keys);
                if (lines.isPresent()) {
                    compare(l, label, lines.get(), keys, out);
                }
            }
        }
    }

    private boolean applies(NamedList l, String label) {
        return switch (kind) {
            case INCOME_SOURCES -> l.section() <= 3 && label.contains("收入");
            case FISCAL_INCOME -> l.section() == 4 && label.contains("收入");
            case EXPENDITURE_CLASSES -> l.section() <= 4 && label.contains("支出") && !label.contains("收入")
                    && !label.contains("基本支出") && !label.contains("项目支出") && !label.contains("经费");
            case BASIC_ITEMS -> label.contains("人员经费") || label.contains("公用经费");
        };
    }

    /** The table lines behind a list; empty when the table is missing. */
    private Optional<Lines> lines(Tables d, NamedList l, String label, Keys keys) {
        return switch (kind) {
            case INCOME_SOURCES -> d.table(TableId.T1).map(t -> new Lines(items(t), SourceNames.TOP_LEVEL));
            case FISCAL_INCOME -> d.table(TableId.T4).map(t -> new Lines(items(t), FISCAL_TOP_LEVEL));
            case EXPENDITURE_CLASSES -> classTable(d, l, label).map(tc -> Lines.of(classes(tc.table(), tc.column())));
            case BASIC_ITEMS -> d.table(TableId.T6).map(t -> Lines.of(economic(t, l, label, keys)));
        };
    }

    private record TableColumn(Table table, String column) {
    }

    /** Section 4 names the classes of one budget type; sections 1 and 3 those of the whole budget. */
    private static Optional<TableColumn> classTable(Tables d, NamedList l, String label) {
        if (l.section() == 4) {
            TableId id = label.contains("政府性基金") ? TableId.T8 : label.contains("国有资本") ? TableId.T9
                    : label.contains("一般公共预算") ? TableId.T5 : TableId.T4;
            return d.table(id).map(t -> new TableColumn(t, "total"));
        }
        return d.table(TableId.T1).map(t -> new TableColumn(t, "amount"))
                .or(() -> d.table(TableId.T3).map(t -> new TableColumn(t, "total")));
    }

    private static Map<String, Line> items(Table t) {
        Map<String, Line> out = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.side() == Side.INCOME && r.kind() == RowKind.ITEM && r.key() != null) {
                out.putIfAbsent(r.key(), new Line(r.key(), r.name(), r.amount("amount"), t, r, "amount"));
            }
        }
        return out;
    }

    private static Map<String, Line> classes(Table t, String column) {
        Map<String, Line> out = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.kind() == RowKind.FUNCTION && r.side() != Side.INCOME && r.level() == CodeLevel.CLASS) {
                out.putIfAbsent(r.code(), new Line(r.code(), r.name(), r.amount(column), t, r, column));
            }
        }
        return out;
    }

    /** 表6 款 (or 类, when the list names 类) with their figure in the 人员经费 or 公用经费 column. */
    private static Map<String, Line> economic(Table t, NamedList l, String label, Keys keys) {
        String column = label.contains("人员经费") ? "personnel" : "public";
        boolean classes = !l.items().isEmpty();
        if (classes) {
            // whether every item names some economic 类 row: the rows' names keyed once, not per item
            Set<String> classNames = new HashSet<>();
            for (Row r : t.rows()) {
                if (r.kind() == RowKind.ECONOMIC && r.level() == CodeLevel.CLASS) {
                    classNames.add(keys.name(r));
                }
            }
            for (String i : l.items()) {
                if (!classNames.contains(ProseNames.key(i))) {
                    classes = false;
                    break;
                }
            }
        }
        CodeLevel level = classes ? CodeLevel.CLASS : CodeLevel.SECTION;
        Map<String, Line> out = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            if (r.kind() == RowKind.ECONOMIC && r.level() == level) {
                out.putIfAbsent(r.code(), new Line(r.code(), r.name(), r.amount(column), t, r, column));
            }
        }
        return out;
    }

    /** The key of the line an item names, if any. */
    private Optional<String> keyOf(String item, Lines lines, Keys keys) {
        if (kind == Kind.INCOME_SOURCES) {
            return SourceNames.key(item);
        }
        if (kind == Kind.FISCAL_INCOME) {
            // 表4 prints 上年结转 as one line with the budget types under it
            return SourceNames.key(item).map(k -> k.equals("carryover") ? "carryFiscal" : k);
        }
        return Optional.ofNullable(lines.keyByName(keys).get(ProseNames.key(item)));
    }

    /** The line that must be listed which an item's line belongs to. */
    private String coverage(String key) {
        return switch (kind) {
            case INCOME_SOURCES -> SourceNames.top(key);
            case FISCAL_INCOME -> key.startsWith("carry") ? "carryFiscal" : SourceNames.top(key);
            default -> key;
        };
    }

    private void compare(NamedList l, String label, Lines lines, Keys keys, Findings out) {
        Location at = ProsePlaces.list(l);
        List<String> named = new ArrayList<>();
        for (String item : l.items()) {
            Optional<String> key = keyOf(item, lines, keys);
            if (key.isEmpty()) {
                boolean sources = kind == Kind.INCOME_SOURCES || kind == Kind.FISCAL_INCOME;
                out.report(INFO, sources ? Severity.WARNING : Severity.ERROR, at, List.of(),
                        "“" + l.label() + "”列出的“" + item + "”" + (sources ? "不是可识别的资金来源，无法与表核对。" : "在表中没有对应的科目。"));
                continue;
            }
            named.add(coverage(key.get()));
            Line line = lines.all().get(key.get());
            if (line == null || line.amount().isZero()) {
                out.report(INFO, Severity.ERROR, at, line == null ? List.of() : List.of(line.place()),
                        "“" + l.label() + "”列出了“" + item + "”，但表中" + (line == null ? "没有这一项" : "这一项为空") + "。");
            }
        }
        boolean partial = label.contains("主要");
        for (String key : lines.expected()) {
            Line line = lines.all().get(key);
            if (line != null && !line.amount().isZero() && !named.contains(key)) {
                out.report(INFO, partial ? Severity.WARNING : Severity.ERROR, at, List.of(line.place()),
                        "“" + l.label() + "”漏列了表中有数的“" + line.name() + "”（" + line.amount().formatted() + " 万元）。");
            }
        }
    }
}

package org.budgetdisclosure.check.rules.prose;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The lines of a table a list may name, in printed order, the first row of each key (a code or an
     * income item key) with its figure in {@code column}; and the keys of those it must name when
     * non-empty (表1's top-level sources, while an item may also name a line under one, such as 事业收入),
     * or null for all of them. Parallel arrays searched in order rather than a map of line records: a
     * list names a few dozen lines at most, and the lines are built anew for every list of every check.
     */
    private static final class Lines {

        private final Table table;
        private final String column;
        private final List<String> expected;
        private String[] keys = new String[16];
        /** The keys' hashes, compared before the keys themselves. */
        private int[] hashes = new int[16];
        private Row[] rows = new Row[16];
        private int size;
        /** Each line's name as {@link Keys#name} has it, by position; worked out when first asked. */
        private String[] names;

        Lines(Table table, String column, List<String> expected) {
            this.table = table;
            this.column = column;
            this.expected = expected;
        }

        /** Adds the row as the line of {@code key}, unless an earlier row has that key. */
        void add(String key, Row r) {
            if (indexOf(key) >= 0) {
                return;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
                rows = java.util.Arrays.copyOf(rows, size * 2);
            }
            keys[size] = key;
            hashes[size] = key.hashCode();
            rows[size] = r;
            size++;
        }

        /** The position of the line of {@code key}, or -1. */
        int indexOf(String key) {
            int h = key.hashCode();
            for (int i = 0; i < size; i++) {
                if (hashes[i] == h && keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        int size() {
            return size;
        }

        String key(int i) {
            return keys[i];
        }

        String name(int i) {
            return rows[i].name();
        }

        /** The line's figure; an empty cell counts as zero. */
        Money amount(int i) {
            return rows[i].amount(column);
        }

        boolean isZero(int i) {
            Money m = rows[i].cells().get(column);
            return m == null || m.isZero();
        }

        Location place(int i) {
            return Places.cell(table, rows[i], column);
        }

        /** The position of the first line whose name is {@code nameKey} (as {@link ProseNames#key} has it), or -1. */
        int indexByName(String nameKey, Keys k) {
            if (names == null) {
                names = new String[size];
                for (int i = 0; i < size; i++) {
                    names[i] = k.name(rows[i]);
                }
            }
            for (int i = 0; i < size; i++) {
                if (names[i].equals(nameKey)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * What the four kinds of list share in one check: each list's label as {@link ProseNames#key} has it,
     * keyed once rather than once per kind. (Rows' names are keyed where needed: a map of them by row
     * cost more than keying the few dozen names again, on a fresh document whose rows have no identity
     * hash yet.)
     */
    private static final class Keys {

        private static final Object KEY = new Object();

        private final List<String> labels;

        private Keys(Disclosure d) {
            List<String> l = new ArrayList<>(d.explanation().lists().size());
            List<NamedList> lists = d.explanation().lists(); // by index: the model's immutable list, whose iterator is not always spared
            for (int listAt = 0; listAt < lists.size(); listAt++) {
                NamedList list = lists.get(listAt);
                l.add(ProseNames.key(list.label()));
            }
            labels = l;
        }

        static Keys of(Disclosure d, CheckContext ctx) {
            return ctx.shared(d, KEY, Keys::new);
        }

        /** A row's name as {@link ProseNames#key} has it. */
        String name(Row r) {
            return ProseNames.key(r.name());
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
                Lines lines = lines(tables, l, label, keys);
                if (lines != null) {
                    compare(l, label, lines, keys, out);
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

    /** The table lines behind a list; null when the table is missing. */
    private Lines lines(Tables d, NamedList l, String label, Keys keys) {
        return switch (kind) {
            case INCOME_SOURCES -> items(d.rows(TableId.T1), SourceNames.TOP_LEVEL);
            case FISCAL_INCOME -> items(d.rows(TableId.T4), FISCAL_TOP_LEVEL);
            case EXPENDITURE_CLASSES -> classes(d, l, label);
            case BASIC_ITEMS -> economic(d.rows(TableId.T6), l, label, keys);
        };
    }

    private static Lines items(Tables.Rows t, List<String> expected) {
        if (t == null) {
            return null;
        }
        Lines out = new Lines(t.table(), "amount", expected);
        List<Row> rows = t.table().rows(); // by index: the model's immutable list, whose iterator is not always spared
        for (int ri = 0; ri < rows.size(); ri++) {
            Row r = rows.get(ri);
            if (r.side() == Side.INCOME && r.kind() == RowKind.ITEM && r.key() != null) {
                out.add(r.key(), r);
            }
        }
        return out;
    }

    /**
     * The function 类 with their figure. Section 4 names the classes of one budget type; sections 1 and 3
     * those of the whole budget.
     */
    private static Lines classes(Tables d, NamedList l, String label) {
        Tables.Rows t;
        String column;
        if (l.section() == 4) {
            TableId id = label.contains("政府性基金") ? TableId.T8 : label.contains("国有资本") ? TableId.T9
                    : label.contains("一般公共预算") ? TableId.T5 : TableId.T4;
            t = d.rows(id);
            column = "total";
        } else {
            t = d.rows(TableId.T1);
            column = "amount";
            if (t == null) {
                t = d.rows(TableId.T3);
                column = "total";
            }
        }
        if (t == null) {
            return null;
        }
        Lines out = new Lines(t.table(), column, null);
        List<Row> functions = t.ofKind(RowKind.FUNCTION); // by index: the model's immutable list, whose iterator is not always spared
        for (int ri = 0; ri < functions.size(); ri++) {
            Row r = functions.get(ri);
            if (r.side() != Side.INCOME && r.level() == CodeLevel.CLASS) {
                out.add(r.code(), r);
            }
        }
        return out;
    }

    /** 表6 款 (or 类, when the list names 类) with their figure in the 人员经费 or 公用经费 column. */
    private static Lines economic(Tables.Rows t, NamedList l, String label, Keys keys) {
        if (t == null) {
            return null;
        }
        String column = label.contains("人员经费") ? "personnel" : "public";
        List<Row> economic = t.ofKind(RowKind.ECONOMIC);
        boolean classes = !l.items().isEmpty();
        if (classes) {
            // whether every item names some economic 类 row: the rows' names keyed once, not per item
            List<String> classNames = new ArrayList<>();
            for (Row r : economic) {
                if (r.level() == CodeLevel.CLASS) {
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
        Lines out = new Lines(t.table(), column, null);
        for (Row r : economic) {
            if (r.level() == level) {
                out.add(r.code(), r);
            }
        }
        return out;
    }

    /** The funding source an item names (a key of 表1's or 表4's income lines), or null. */
    private String sourceKey(String item) {
        String k = SourceNames.keyOrNull(item);
        // 表4 prints 上年结转 as one line with the budget types under it
        return kind == Kind.FISCAL_INCOME && "carryover".equals(k) ? "carryFiscal" : k;
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
        Location at = null; // the list's place, made for its first finding
        boolean sources = kind == Kind.INCOME_SOURCES || kind == Kind.FISCAL_INCOME;
        // what the items cover: for sources the top-level keys (an item may name a line under one), for
        // classes and 款 the lines themselves, by position
        List<String> named = sources ? new ArrayList<>(l.items().size()) : null;
        boolean[] covered = sources ? null : new boolean[lines.size()];
        for (String item : l.items()) {
            String key = sources ? sourceKey(item) : null;
            int line = sources ? (key == null ? -1 : lines.indexOf(key)) : lines.indexByName(ProseNames.key(item), keys);
            if (sources ? key == null : line < 0) {
                at = at != null ? at : ProsePlaces.list(l);
                out.report(INFO, sources ? Severity.WARNING : Severity.ERROR, at, List.of(),
                        "“" + l.label() + "”列出的“" + item + "”" + (sources ? "不是可识别的资金来源，无法与表核对。" : "在表中没有对应的科目。"));
                continue;
            }
            if (sources) {
                named.add(coverage(key));
            } else {
                covered[line] = true;
            }
            if (line < 0 || lines.isZero(line)) {
                at = at != null ? at : ProsePlaces.list(l);
                out.report(INFO, Severity.ERROR, at, line < 0 ? List.of() : List.of(lines.place(line)),
                        "“" + l.label() + "”列出了“" + item + "”，但表中" + (line < 0 ? "没有这一项" : "这一项为空") + "。");
            }
        }
        boolean partial = label.contains("主要");
        int expected = lines.expected == null ? lines.size() : lines.expected.size();
        for (int e = 0; e < expected; e++) {
            int line = lines.expected == null ? e : lines.indexOf(lines.expected.get(e));
            if (line >= 0 && !lines.isZero(line) && !(sources ? named.contains(lines.key(line)) : covered[line])) {
                at = at != null ? at : ProsePlaces.list(l);
                out.report(INFO, partial ? Severity.WARNING : Severity.ERROR, at, List.of(lines.place(line)),
                        "“" + l.label() + "”漏列了表中有数的“" + lines.name(line) + "”（" + lines.amount(line).formatted() + " 万元）。");
            }
        }
    }
}

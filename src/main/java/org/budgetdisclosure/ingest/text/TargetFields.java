package org.budgetdisclosure.ingest.text;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Money;

/**
 * The key/value rows above the indicators of a performance target table: “部门名称 (盖章) | 昌吉市…”,
 * “部门联系人 | 徐荣 | 联系电话 | 2596896”, the 年度预算 block, “项目资金(万元) | | 年度预算总额 | 87.74 |
 * 其中：财政拨款 | 87.74 | 其他资金 | 0.00”. Labels are recognised by name wherever they stand in the
 * row, and a label's value is the next non-empty cell unless that cell is itself a label (then the
 * label only heads a group, as “财政资金 (万元)” heads 上级安排 and 本级安排).
 */
final class TargetFields {

    /** What a label names. */
    enum Label {
        DEPARTMENT, CONTACT, PHONE, GOAL,
        /** 财政资金 as a whole (department tables split it into 上级安排 and 本级安排) */
        FISCAL_FUNDS, SUPERIOR, OWN,
        /** 其他资金 */
        OTHER_FUNDS,
        /** 其他, the line under 其他资金 */
        OTHER_DETAIL, TOTAL,
        UNIT, PROJECT, MANAGER, BUDGET_TOTAL,
        /** 财政拨款 in a project's 项目资金 */
        FISCAL,
        /** a label that heads a block and has no value of its own (年度预算, 资金来源, 项目资金) */
        HEADING,
        /** a bold cell that is none of the above */
        UNKNOWN
    }

    /** Label names after {@link #key}; regional layouts use the variants. */
    static final Map<String, Label> NAMES = Map.ofEntries(
            Map.entry("部门名称", Label.DEPARTMENT), Map.entry("单位名称", Label.DEPARTMENT),
            Map.entry("部门联系人", Label.CONTACT), Map.entry("联系人", Label.CONTACT), Map.entry("单位联系人", Label.CONTACT),
            Map.entry("联系电话", Label.PHONE), Map.entry("电话", Label.PHONE), Map.entry("联系方式", Label.PHONE),
            Map.entry("年度绩效目标", Label.GOAL), Map.entry("部门年度绩效目标", Label.GOAL),
            Map.entry("整体绩效目标", Label.GOAL), Map.entry("年度总体目标", Label.GOAL),
            Map.entry("项目总体目标", Label.GOAL), Map.entry("总体目标", Label.GOAL), Map.entry("年度目标", Label.GOAL),
            Map.entry("项目年度目标", Label.GOAL), Map.entry("项目年度绩效目标", Label.GOAL),
            Map.entry("财政资金", Label.FISCAL_FUNDS),
            Map.entry("上级安排", Label.SUPERIOR), Map.entry("上级补助", Label.SUPERIOR),
            Map.entry("本级安排", Label.OWN),
            Map.entry("其他资金", Label.OTHER_FUNDS), Map.entry("其他", Label.OTHER_DETAIL),
            Map.entry("合计", Label.TOTAL), Map.entry("总计", Label.TOTAL),
            Map.entry("预算单位", Label.UNIT), Map.entry("实施单位", Label.UNIT),
            Map.entry("项目名称", Label.PROJECT),
            Map.entry("项目负责人", Label.MANAGER), Map.entry("负责人", Label.MANAGER),
            Map.entry("年度预算总额", Label.BUDGET_TOTAL), Map.entry("年度资金总额", Label.BUDGET_TOTAL),
            Map.entry("预算总额", Label.BUDGET_TOTAL), Map.entry("资金总额", Label.BUDGET_TOTAL),
            Map.entry("财政拨款", Label.FISCAL),
            Map.entry("年度预算", Label.HEADING), Map.entry("资金来源", Label.HEADING), Map.entry("项目资金", Label.HEADING),
            Map.entry("主管部门", Label.HEADING), Map.entry("年度资金", Label.HEADING));

    private static final Label[] LABELS = Label.values();

    private static final Pattern PARENTHESES = Pattern.compile("（[^）]*）");
    private static final Pattern BOLD = Pattern.compile("<b>|<strong>|\\*\\*");

    /** One value and the line it was printed on. */
    record Field(String text, int line) {
    }

    /*
     * By label ordinal rather than in an EnumMap of Field records: a table has a handful of fields, read
     * once each, and the map and a record per value were most of what the reading of the fields allocated.
     */
    /** The first value printed for each label, null where none was. */
    private final String[] texts = new String[LABELS.length];
    /** The line each of {@link #texts} was printed on. */
    private final int[] lines = new int[LABELS.length];
    /** The row being read. */
    private final TargetCells.Row cells;
    private final KeyBuffer key;

    TargetFields() {
        this(new TargetCells.Row());
    }

    /** Fields read through {@code cells}, which the reader of the tables lends to each table's readers in turn. */
    TargetFields(TargetCells.Row cells) {
        this.cells = cells;
        this.key = cells.keyBuffer();
    }

    /** Reads the rows; the first value printed for a label wins. */
    static TargetFields read(List<SourceLine> rows, ReadContext ctx) {
        TargetFields f = new TargetFields();
        for (SourceLine row : rows) {
            f.readRow(row, ctx);
        }
        return f;
    }

    /**
     * Reads one key/value row. The cells are looked at where they stand in the line ({@link TargetCells.Row}):
     * only a value that is kept is made into its text, joined as {@link TargetCells} joins it.
     */
    void readRow(SourceLine row, ReadContext ctx) {
        TargetCells.Row cells = this.cells.reset(row);
        int n = cells.size();
        int i = 0;
        while (i < n) {
            if (cells.isEmpty(i)) {
                i++;
                continue;
            }
            // a cell's name does not change with joining: names are compared without spaces
            Label label = cells.named(i, key);
            if (label == null && cells.isBold(i, BOLD)) {
                // no name however it is joined (see above): only a bold cell can still be a label, when it is no
                // amount; as printed, not joined: whether it is an amount is read off the cell itself
                label = label(row.cells().get(i), true);
            }
            if (label == null) {
                i++;
                continue;
            }
            if (label == Label.UNKNOWN) {
                ctx.notice("READ-TARGET-LABEL", "绩效目标表中的表头项“" + cells.text(i) + "”未能识别，其内容未读取。", row.number());
            }
            int j = i + 1;
            while (j < n && cells.isEmpty(j)) {
                j++;
            }
            // the next cell is this label's value unless it is a known label itself; a bold value
            // (“<b>1,229.69</b>”, a bold name) is still a value here
            if (j < n && cells.named(j, key) == null) {
                if (label != Label.HEADING && label != Label.UNKNOWN && texts[label.ordinal()] == null) {
                    texts[label.ordinal()] = cells.text(j);
                    lines[label.ordinal()] = row.number();
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /** The label a cell is, or null for a value. Bold cells are labels even when their name is unknown. */
    static Label label(String cell, boolean bold) {
        if (cell.isEmpty()) {
            return null;
        }
        Label known = named(cell);
        if (known != null) {
            return known;
        }
        // a bold amount is a total, not a label
        return bold && Money.tryParse(cell).isEmpty() ? Label.UNKNOWN : null;
    }

    /** The longest name of {@link #NAMES}. */
    private static final int LONGEST_NAME = NAMES.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** How much of a key {@link #named} builds before it goes the long way. */
    private static final int KEY_BUFFER = 32;

    /** {@code NAMES.get(key(cell))}; see {@link KeyBuffer#named(String)}. */
    static Label named(String cell) {
        return new KeyBuffer().named(cell);
    }

    /**
     * Where {@link #named} builds the start of a key: one per reader of a table (never shared between
     * threads), as every cell of every key/value row is named, most of them twice.
     */
    static final class KeyBuffer {

        /** {@link #build}: the key is longer than the buffer, go the long way. */
        private static final int FULL = -2;
        /** {@link #build}: the key is longer than any name. */
        private static final int NO_NAME = -1;

        private final char[] out = new char[KEY_BUFFER];

        /**
         * {@code NAMES.get(key(cell))}, without building the key of a long cell: it stops as soon as what it
         * has built of the key is longer than any name could be, since a key only grows as it is built.
         */
        Label named(String cell) {
            int length = build(cell, 0, cell.length(), false, false, true);
            return length == FULL ? NAMES.get(key(cell)) : length == NO_NAME ? null : lookUpKey(length);
        }

        /**
         * {@link #named(String)} of the text of cell {@code k} of {@code row}, which is {@code s[from, to)}
         * cut as {@link TargetCells} cuts it: markup (where {@code markup}) left out, no-break spaces and the
         * spaces at the ends stripped. Joining leaves out only spaces, which a key leaves out too.
         */
        Label named(String s, int from, int to, boolean markup, TargetCells.Row row, int k) {
            int length = build(s, from, to, markup, true, true);
            return length == FULL ? named(row.text(k)) : length == NO_NAME ? null : lookUpKey(length);
        }

        /**
         * {@link Texts#nameKey} of the text of cell {@code k} of {@code row} ({@code s[from, to)}, cut as in
         * {@link #named(String, int, int, boolean, TargetCells.Row, int)}) built in {@link #built()}: its length,
         * or -1 when it is longer than the buffer.
         */
        int nameKey(String s, int from, int to, boolean markup) {
            int length = build(s, from, to, markup, true, false);
            return length == FULL ? -1 : length;
        }

        /** The key {@link #nameKey} built, up to the length it returned. */
        char[] built() {
            return out;
        }

        /**
         * Builds the key of {@code s[from, to)} as {@link #key} does, in one pass: {@link Texts#nameKey}'s
         * folding, each bracketed part “（…）” left out (a bracket that never closes stays). Where
         * {@code strip}, whitespace before the first and after the last character that is none is left
         * out (the key leaves the usual spaces out anyway; this is for the rarer ones {@link String#strip}
         * takes off). Without {@code asName}, the key is {@link Texts#nameKey} alone: brackets are kept and it
         * is built however long it is. Returns the length built, {@link #NO_NAME} or {@link #FULL}.
         */
        private int build(String s, int from, int to, boolean markup, boolean strip, boolean asName) {
            int length = 0;
            int notColons = 0;
            /* with strip: whether a character that is no whitespace was seen, and the length of the key up to the last one */
            boolean started = !strip;
            int kept = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (markup && (c == '<' || c == '*')) {
                    int end = Markup.end(s, i);
                    if (end > i && end <= to) {
                        i = end - 1;
                        continue;
                    }
                }
                int k = Texts.keyChar(c);
                if (k < 0) {
                    continue;
                }
                boolean space = strip && (Texts.isWhitespace(c) || c == '\u00a0');
                if (space && !started) {
                    continue;
                }
                if (k == '（' && asName) {
                    int close = closingBracket(s, i + 1, to);
                    if (close >= 0) {
                        i = close;
                        started = true;
                        kept = length;
                        continue;
                    }
                }
                if (length == out.length) {
                    return FULL; // a run of colons or of odd spaces: rare enough for the long way
                }
                out[length++] = (char) k;
                if (!space) {
                    started = true;
                    kept = length;
                    if (asName && k != '：' && ++notColons > LONGEST_NAME + 2) {
                        return NO_NAME; // longer than any name even without a leading 其中
                    }
                }
            }
            return strip ? kept : length;
        }

        /** The name the key built ({@code out[0, length)}) is, 其中： and trailing colons taken off. */
        private Label lookUpKey(int length) {
            int from = 0;
            if (length >= 2 && out[0] == '其' && out[1] == '中') {
                from = length > 2 && out[2] == '：' ? 3 : 2;
            }
            int to = length;
            while (to > from && out[to - 1] == '：') {
                to--;
            }
            return lookUp(out, from, to);
        }
    }

    /** {@link #NAMES} as parallel arrays, so that a key built in an array is looked up without making it a String. */
    private static final String[] NAME_KEYS = NAMES.keySet().toArray(String[]::new);
    private static final Label[] NAME_LABELS = Stream.of(NAME_KEYS).map(NAMES::get).toArray(Label[]::new);
    /** The names' hash codes: comparing these turns away all names but the one a key may be. */
    private static final int[] NAME_HASHES = Stream.of(NAME_KEYS).mapToInt(String::hashCode).toArray();

    /** {@code NAMES.get(new String(key, from, to - from))}. */
    private static Label lookUp(char[] key, int from, int to) {
        int hash = 0; // as String.hashCode computes it
        for (int i = from; i < to; i++) {
            hash = 31 * hash + key[i];
        }
        for (int k = 0; k < NAME_KEYS.length; k++) {
            if (NAME_HASHES[k] == hash && NAME_KEYS[k].length() == to - from && sameChars(NAME_KEYS[k], key, from)) {
                return NAME_LABELS[k];
            }
        }
        return null;
    }

    private static boolean sameChars(String name, char[] key, int from) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != key[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The first closing bracket, of either width, in {@code s[i, to)}; -1 when none. */
    private static int closingBracket(String s, int i, int to) {
        for (; i < to; i++) {
            if (s.charAt(i) == '）' || s.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /** “部门名称 (盖章)” → 部门名称, “其中：财政拨款” → 财政拨款, “合计：” → 合计. */
    static String key(String cell) {
        String k = Texts.nameKey(cell);
        if (k.indexOf('（') >= 0) {
            k = PARENTHESES.matcher(k).replaceAll("");
        }
        if (k.startsWith("其中")) {
            k = k.substring(2);
            if (k.startsWith("：")) {
                k = k.substring(1);
            }
        }
        while (k.endsWith("：")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }

    String text(Label label) {
        return texts[label.ordinal()];
    }

    /** The first of the labels that has a value. */
    Optional<Field> first(Label... labels) {
        for (Label l : labels) {
            if (texts[l.ordinal()] != null) {
                return Optional.of(new Field(texts[l.ordinal()], lines[l.ordinal()]));
            }
        }
        return Optional.empty();
    }

    /** The amount under the first of the labels that has a value; a value that is no amount is warned about. */
    Money money(ReadContext ctx, String what, Label first, Label... others) {
        Label label = texts[first.ordinal()] != null ? first : null;
        for (int i = 0; i < others.length && label == null; i++) {
            label = texts[others[i].ordinal()] != null ? others[i] : null;
        }
        if (label == null) {
            return null;
        }
        String text = texts[label.ordinal()];
        Optional<Money> m = Money.tryParse(text);
        if (m.isEmpty()) {
            ctx.warning("READ-TARGET-AMOUNT", "绩效目标表中" + what + "“" + text + "”不是金额，未读取。", lines[label.ordinal()]);
            return null;
        }
        return m.get();
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Cells;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.SourceRef;

/**
 * Turns the data lines of one table into typed rows, top to bottom. It keeps the context of the
 * named lines read so far (see {@link ItemDictionary.Resolver}), so it reads one table and is then
 * discarded.
 */
final class TableRowReader {

    private static final Pattern BOLD = Pattern.compile("<(b|strong)>|\\*\\*");

    private static final Money[] NO_AMOUNTS = {};

    private final TableProfile profile;
    private final ReadContext ctx;
    /** The named lines are those of the income half of 表1/表4 or of a one-sided table (表10): one column of labels. */
    private final ItemDictionary.Resolver items;
    /** The halves of the layout, and for each its label positions, as arrays: looked at for every row. */
    private final TableLayout.Half[] halves;
    private final int[][] labelPositions;
    /** The positions {@link TableLayout#covers}, gathered once rather than looked up for every cell of every row. */
    private final boolean[] covered;
    /** The positions of each half of a two-sided table (label, value and project cells), for {@link #bold}; by half. */
    private final boolean[][] halfPositions;
    /** The cell position of each value slot of each half, by half. */
    private final int[][] valuePositions;
    /**
     * The column keys of each half in slot order, shared by all its rows' {@link Cells#over}; null for a half
     * printing a key twice, whose rows keep a key's first place and last amount in cells of their own.
     */
    private final String[][] halfKeys;
    /**
     * The keys and amounts of the row being read in a half printing a key twice, as wide as the widest half;
     * {@link Cells#of} copies what a row holds, so one pair serves every row of the table (a reader reads one
     * table, on one thread). The label cells of the half alike, which {@link RowLabel.Reader#read} only reads.
     */
    private final String[] scratchKeys;
    private final Money[] scratchValues;
    private final String[] scratchLabels;
    /** Reads each row's label cells, one row after another. */
    private final RowLabel.Reader labels = new RowLabel.Reader();
    /** What {@link #type} made of the row being read: its kind, name, project name and key. */
    private RowKind typedKind;
    private String typedName;
    private String typedProject;
    private String typedKey;

    TableRowReader(TableProfile profile, TableLayout layout, ReadContext ctx) {
        this.profile = profile;
        this.ctx = ctx;
        this.items = profile.items().resolver();
        List<TableLayout.Half> hs = layout.halves();
        halves = hs.toArray(new TableLayout.Half[0]);
        labelPositions = new int[halves.length][];
        valuePositions = new int[halves.length][];
        halfKeys = new String[halves.length][];
        halfPositions = new boolean[halves.length][];
        covered = new boolean[layout.width()];
        int widest = 0;
        int widestLabel = 0;
        for (int h = 0; h < halves.length; h++) {
            TableLayout.Half half = halves[h];
            boolean[] mine = new boolean[layout.width()];
            List<Integer> labels = half.labelPositions();
            labelPositions[h] = new int[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                labelPositions[h][i] = labels.get(i);
                mine[labels.get(i)] = true;
            }
            List<TableLayout.Slot> slots = half.values();
            valuePositions[h] = new int[slots.size()];
            String[] keys = new String[slots.size()];
            boolean distinct = true;
            for (int i = 0; i < slots.size(); i++) {
                valuePositions[h][i] = slots.get(i).position();
                mine[slots.get(i).position()] = true;
                keys[i] = slots.get(i).column().key();
                distinct &= indexOf(keys, i, keys[i]) < 0;
            }
            halfKeys[h] = distinct ? keys : null;
            if (half.projectPosition() >= 0) {
                mine[half.projectPosition()] = true;
            }
            for (int p = 0; p < mine.length; p++) {
                covered[p] |= mine[p];
            }
            halfPositions[h] = mine;
            widest = Math.max(widest, half.values().size());
            widestLabel = Math.max(widestLabel, labels.size());
        }
        boolean anyTwice = false;
        for (String[] keys : halfKeys) {
            anyTwice |= keys == null;
        }
        scratchKeys = anyTwice ? new String[widest] : null;
        scratchValues = anyTwice ? new Money[widest] : null;
        scratchLabels = new String[widestLabel];
    }

    /** Adds the rows one printed line yields: one, two for a two-sided line, none for a blank half. */
    void read(SourceLine line, List<Row> out) {
        reportExtraCells(line);
        SourceRef at = null; // the halves of a line are read at one place
        for (int h = 0; h < halves.length; h++) {
            Row row = readHalf(line, h, at);
            if (row != null) {
                out.add(row);
                at = row.at();
            }
        }
    }

    /** The row the half of the line holds, or null when it is blank; {@code at} is the line's place, null when not yet made. */
    private Row readHalf(SourceLine line, int h, SourceRef at) {
        TableLayout.Half half = halves[h];
        int[] labelsAt = labelPositions[h];
        String[] labelCells = scratchLabels;
        for (int i = 0; i < labelsAt.length; i++) {
            labelCells[i] = line.cell(labelsAt[i]);
        }
        String project = half.projectPosition() < 0 ? "" : Texts.joinCjk(line.cell(half.projectPosition()));
        // each value cell read once, straight into the row's amounts; a cell that is neither an amount nor
        // blank is only counted here, and reported once the row's label is known
        int[] positions = valuePositions[h];
        String[] shared = halfKeys[h];
        Money[] amounts = null; // by slot, over the shared keys; made at the row's first amount
        int n = 0;
        int notAmounts = 0;
        boolean anyValue = false;
        for (int i = 0; i < positions.length; i++) {
            String text = line.cell(positions[i]);
            Money amount = Money.parseOrNull(text);
            if (amount != null) {
                anyValue = true;
                if (shared != null) {
                    if (amounts == null) {
                        amounts = new Money[shared.length];
                    }
                    amounts[i] = amount;
                    continue;
                }
                String key = half.values().get(i).column().key();
                // a key printed twice keeps its first place and its last amount, as a map's put would
                int k = indexOf(scratchKeys, n, key);
                if (k < 0) {
                    scratchKeys[n] = key;
                    scratchValues[n++] = amount;
                } else {
                    scratchValues[k] = amount;
                }
            } else if (!Money.isBlank(text)) {
                anyValue = true;
                notAmounts++;
            }
        }
        RowLabel.Reader label = labels;
        label.read(labelCells, labelsAt.length, profile.scheme());
        if (label.code == null && label.name.isEmpty() && project.isEmpty() && label.badCode == null && !anyValue) {
            return null;
        }
        if (label.badCode != null) {
            ctx.warning("READ-CODE", table() + " 第" + line.number() + "行的科目代码“" + label.badCode + "”位数不对，已不作代码读取。",
                    line.number());
        }
        String code = label.code;
        type(line, code, label.name, project, half.side());
        CodeLevel level = code == null ? null : CodeLevel.ofDigits(code.length());
        if (notAmounts > 0) {
            reportNotAmounts(line, half, code);
        }
        Cells cells = shared == null ? Cells.of(scratchKeys, scratchValues, n)
                : amounts == null ? Cells.of(shared, NO_AMOUNTS, 0) : Cells.over(shared, amounts);
        return new Row(typedKind, half.side(), code, level, typedName, typedProject, typedKey,
                bold(line, half, h), cells, at != null ? at : ctx.at(line.number()));
    }

    /** Sets {@link #typedKind} and the rest for the row being read. */
    private void typed(RowKind kind, String name, String projectName, String key) {
        typedKind = kind;
        typedName = name;
        typedProject = projectName;
        typedKey = key;
    }

    /**
     * A code makes a classification row (a project row when a project is named beside it); without
     * one, a total label makes the total, a project name a project (表11), a label of the table's
     * dictionary an item with its key, and in 表7 a bare name the budget unit's row. Anything else is
     * an item without key, said aloud.
     */
    private void type(SourceLine line, String code, String name, String project, Side side) {
        String projectName = project.isEmpty() ? null : project;
        if (code != null) {
            boolean economic = profile.scheme() == ClassificationCode.Scheme.ECONOMIC;
            RowKind kind = projectName != null ? RowKind.PROJECT : economic ? RowKind.ECONOMIC : RowKind.FUNCTION;
            typed(kind, name, projectName, null);
        } else if (TableLabels.isTotal(name.isEmpty() ? project : name)) {
            typed(RowKind.TOTAL, name.isEmpty() ? project : name, null, "total");
        } else if (projectName != null) {
            // the project name is all such a row is named by, so it is its name too
            typed(RowKind.PROJECT, name.isEmpty() ? project : name, projectName, null);
        } else if (dictionaryApplies(side)) {
            String key = items.resolve(name).map(ItemDictionary.Item::key).orElse(null);
            if (key == null) {
                reportUnknownItem(line, name);
            }
            typed(RowKind.ITEM, name, null, key);
        } else if (profile.unitRows() && !name.isEmpty()) {
            typed(RowKind.UNIT, name, null, null);
        } else {
            reportUnknownItem(line, name);
            typed(RowKind.ITEM, name, null, null);
        }
    }

    /** The row being read as a message names it: “2010301 行政运行”, “（无名称）”, “… › project”. */
    private String rowLabel(String code) {
        return (code == null ? "" : code + " ") + (typedName.isEmpty() ? "（无名称）" : typedName)
                + (typedProject == null || typedProject.equals(typedName) ? "" : " › " + typedProject);
    }

    /** The value cells of the half that hold something other than an amount: read as blank, said aloud. */
    private void reportNotAmounts(SourceLine line, TableLayout.Half half, String code) {
        for (TableLayout.Slot slot : half.values()) {
            String text = line.cell(slot.position());
            if (Money.parseOrNull(text) == null && !Money.isBlank(text)) {
                ctx.error("READ-CELL", table() + " 第" + line.number() + "行“" + rowLabel(code) + "”的“" + slot.column().label()
                        + "”列：“" + text + "”不是金额，按空白读取。", line.number());
            }
        }
    }

    private static int indexOf(String[] keys, int n, String key) {
        for (int i = 0; i < n; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private boolean dictionaryApplies(Side side) {
        return !profile.items().isEmpty() && (side == null || side == Side.INCOME);
    }

    private void reportUnknownItem(SourceLine line, String name) {
        String what = name.isEmpty() ? "没有名称的一行" : "“" + name + "”";
        ctx.warning("READ-ITEM-UNKNOWN", table() + " 第" + line.number() + "行" + what
                + "既没有科目代码，也不是本表已知的项目，按无键项目行读取。", line.number());
    }

    /** Cells past the header, or under no heading at all, would be lost: say so. */
    private void reportExtraCells(SourceLine line) {
        List<String> cells = line.cells();
        List<String> extra = null; // made only for the rare line that has some
        for (int p = 0; p < cells.size(); p++) {
            if ((p >= covered.length || !covered[p]) && !cells.get(p).isEmpty()) {
                if (extra == null) {
                    extra = new ArrayList<>();
                }
                extra.add(cells.get(p));
            }
        }
        if (extra != null) {
            ctx.warning("READ-ROW-WIDTH", table() + " 第" + line.number() + "行有" + extra.size() + "个单元格超出表头的列，未读取："
                    + String.join("、", extra) + "。", line.number());
        }
    }

    /**
     * Bold as printed. A two-sided line is bold per half (表1 prints “一、本年收入” bold beside a plain
     * “201 一般公共服务支出”), so the markup is looked up in the raw cells of the half.
     */
    private boolean bold(SourceLine line, TableLayout.Half half, int h) {
        if (half.side() == null) {
            return line.bold();
        }
        String raw = line.raw();
        if (raw.indexOf('<') < 0 && raw.indexOf('*') < 0) {
            return false; // no markup anywhere in the line: spares looking cell by cell
        }
        boolean[] positions = halfPositions[h];
        // the raw line's cells, as raw.split("\t", -1) cuts them
        int from = 0;
        for (int p = 0; from <= raw.length(); p++) {
            int tab = raw.indexOf('\t', from);
            int to = tab < 0 ? raw.length() : tab;
            if (p < positions.length && positions[p] && hasBoldTag(raw, from, to)) {
                return true;
            }
            if (tab < 0) {
                break;
            }
            from = tab + 1;
        }
        return false;
    }

    /** True when {@link #BOLD} ({@code <(b|strong)>|\*\*}) occurs in {@code s[from, to)}. */
    private static boolean hasBoldTag(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '*' && i + 1 < to && s.charAt(i + 1) == '*'
                    || c == '<' && (i + 3 <= to && s.startsWith("<b>", i) || i + 8 <= to && s.startsWith("<strong>", i))) {
                return true;
            }
        }
        return false;
    }

    private String table() {
        return profile.id().label();
    }
}

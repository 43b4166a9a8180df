package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Cells;
import org.budgetdisclosure.model.ClassificationCode;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.FixedList;
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
    /** The layout's positions and keys as arrays: looked at for every row. */
    private final RowPlan plan;
    private final TableLayout.Half[] halves;
    /**
     * The keys and amounts of the row being read in a half printing a key twice, as wide as the widest half;
     * {@link Cells#of} copies what a row holds, so one pair serves every row of the table (a reader reads one
     * table, on one thread). The label cells of the half alike, which {@link RowLabel.Reader#read} only reads.
     */
    private final String[] scratchKeys;
    private final Money[] scratchValues;
    /** The cells of the line being read, as ranges of its text: only the labels become strings. */
    private final LineCells cells;
    /** Reads each row's label cells, one row after another. */
    private final RowLabel.Reader labels = new RowLabel.Reader();
    /** What {@link #type} made of the row being read: its kind, name, project name and key. */
    private RowKind typedKind;
    private String typedName;
    private String typedProject;
    private String typedKey;

    /** A reader of the lines whose cells {@code cells} kept, which it is then the only one to use. */
    TableRowReader(TableProfile profile, TableLayout layout, ReadContext ctx, LineCells cells) {
        this.cells = cells;
        this.profile = profile;
        this.ctx = ctx;
        this.items = profile.items().resolver();
        this.plan = StandardLayouts.plan(profile, layout);
        this.halves = plan.halves;
        scratchKeys = plan.anyTwice ? new String[plan.widest] : null;
        scratchValues = plan.anyTwice ? new Money[plan.widest] : null;
    }

    /**
     * Adds the rows one printed line yields: one, two for a two-sided line, none for a blank half. The line
     * is the {@code kept}-th whose cells were {@link LineCells#keep kept}.
     */
    void read(SourceLine line, int kept, FixedList.Builder<Row> out) {
        cells.recall(kept, line);
        if (hasExtraCells()) {
            reportExtraCells(line);
        }
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
        LineCells cells = this.cells;
        String project = half.projectPosition() < 0 ? "" : Texts.joinCjk(cells.cell(half.projectPosition()));
        // each value cell read once, straight into the row's amounts; a cell that is neither an amount nor
        // blank is only counted here, and reported once the row's label is known
        int[] positions = plan.valuePositions[h];
        String[] shared = plan.halfKeys[h];
        Money[] amounts = null; // by slot, over the shared keys; made at the row's first amount
        int n = 0;
        int notAmounts = 0;
        boolean anyValue = false;
        for (int i = 0; i < positions.length; i++) {
            int p = positions[i];
            if (cells.isEmpty(p)) {
                continue; // most value cells are empty
            }
            String text = cells.text(p);
            Money amount = Money.parseOrNull(text, cells.from(p), cells.to(p));
            if (amount != null) {
                anyValue = true;
                if (shared != null) {
                    if (amounts == null) {
                        amounts = new Money[shared.length];
                    }
                    amounts[i] = amount;
                    continue;
                }
                n = putTwice(half, i, amount, n);
            } else if (!Money.isBlank(text, cells.from(p), cells.to(p))) {
                anyValue = true;
                notAmounts++;
            }
        }
        RowLabel.Reader label = labels;
        label.read(cells, plan.labelPositions[h], profile.scheme());
        if (label.code == null && label.name.isEmpty() && project.isEmpty() && label.badCode == null && !anyValue) {
            return null;
        }
        if (label.badCode != null) {
            reportBadCode(line, label.badCode);
        }
        String code = label.code;
        type(line, code, label.name, project, half.side());
        CodeLevel level = code == null ? null : CodeLevel.ofDigits(code.length());
        if (notAmounts > 0) {
            reportNotAmounts(line, half, code);
        }
        Cells rowCells = shared == null ? Cells.of(scratchKeys, scratchValues, n)
                : amounts == null ? Cells.of(shared, NO_AMOUNTS, 0) : Cells.over(shared, amounts);
        return new Row(typedKind, half.side(), code, level, typedName, typedProject, typedKey,
                bold(line, half, h), rowCells, at != null ? at : ctx.at(line.number()));
    }

    /**
     * For a half printing a key twice: puts the amount of slot {@code i} among the first {@code n} of
     * {@link #scratchKeys}; answers how many there are now.
     */
    private int putTwice(TableLayout.Half half, int i, Money amount, int n) {
        String key = half.values().get(i).column().key();
        // a key printed twice keeps its first place and its last amount, as a map's put would
        int k = RowPlan.indexOf(scratchKeys, n, key);
        if (k < 0) {
            scratchKeys[n] = key;
            scratchValues[n++] = amount;
        } else {
            scratchValues[k] = amount;
        }
        return n;
    }

    private void reportBadCode(SourceLine line, String badCode) {
        ctx.warning("READ-CODE", table() + " 第" + line.number() + "行的科目代码“" + badCode + "”位数不对，已不作代码读取。",
                line.number());
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

    private boolean dictionaryApplies(Side side) {
        return !profile.items().isEmpty() && (side == null || side == Side.INCOME);
    }

    private void reportUnknownItem(SourceLine line, String name) {
        String what = name.isEmpty() ? "没有名称的一行" : "“" + name + "”";
        ctx.warning("READ-ITEM-UNKNOWN", table() + " 第" + line.number() + "行" + what
                + "既没有科目代码，也不是本表已知的项目，按无键项目行读取。", line.number());
    }

    /** True when the line being read has a cell past the header, or under no heading at all. */
    private boolean hasExtraCells() {
        boolean[] covered = plan.covered;
        for (int p = 0; p < cells.count(); p++) {
            if ((p >= covered.length || !covered[p]) && !cells.isEmpty(p)) {
                return true;
            }
        }
        return false;
    }

    /** Cells past the header, or under no heading at all, would be lost: say so. */
    private void reportExtraCells(SourceLine line) {
        List<String> extra = new ArrayList<>();
        boolean[] covered = plan.covered;
        for (int p = 0; p < cells.count(); p++) {
            if ((p >= covered.length || !covered[p]) && !cells.isEmpty(p)) {
                extra.add(cells.cell(p));
            }
        }
        ctx.warning("READ-ROW-WIDTH", table() + " 第" + line.number() + "行有" + extra.size() + "个单元格超出表头的列，未读取："
                + String.join("、", extra) + "。", line.number());
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
        boolean[] positions = plan.halfPositions[h];
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

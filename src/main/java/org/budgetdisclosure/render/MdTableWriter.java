package org.budgetdisclosure.render;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.render.MdTableLayout.Position;
import org.budgetdisclosure.render.MdTableTemplates.Slot;

/**
 * Prints one of the twelve tables as the sample does: “表N”, the title, the 编制部门 and 单位 lines, the
 * header lines, one tab-separated line per printed row ({@code <b>} on the cells of a bold row, every
 * position printed so an empty cell stays empty, never zero), then the sentence of an empty table.
 */
final class MdTableWriter {

    private MdTableWriter() {
    }

    static void write(Table t, MdText out) {
        if (t.number() != null) {
            out.block("表" + t.number());
        }
        out.heading(3, t.title() == null || t.title().isBlank() ? t.id().title() : t.title());
        if (t.preparedBy() != null) {
            out.block("编制部门：" + t.preparedBy());
        }
        if (t.unit() != null) {
            out.block("单位：" + t.unit());
        }
        MdTableLayout layout = MdTableLayout.of(t);
        for (List<String> header : layout.headerLines()) {
            out.row(header);
        }
        for (Row[] line : lines(t.rows(), twoSided(layout))) {
            out.row(cells(layout, line));
        }
        out.line("");
        if (t.emptyStatement() != null) {
            out.block(t.emptyStatement());
        }
    }

    private static boolean twoSided(MdTableLayout layout) {
        return layout.positions().stream().anyMatch(p -> p.side() != null);
    }

    /**
     * The printed lines, each as {income, expenditure} for a two-sided table or {row} otherwise. A
     * two-sided line holds an income row and the expenditure row read right after it; the reader takes
     * a line's halves in that order, so the row order survives however the original paired them.
     */
    static List<Row[]> lines(List<Row> rows, boolean twoSided) {
        List<Row[]> out = new ArrayList<>();
        if (!twoSided) {
            rows.forEach(r -> out.add(new Row[] {r}));
            return out;
        }
        Row[] open = null;
        for (Row r : rows) {
            if (r.side() != Side.EXPENDITURE) {
                open = new Row[] {r, null};
                out.add(open);
            } else if (open != null && open[1] == null) {
                open[1] = r;
                open = null;
            } else {
                out.add(new Row[] {null, r});
                open = null;
            }
        }
        return out;
    }

    private static List<String> cells(MdTableLayout layout, Row[] line) {
        List<String> out = new ArrayList<>(layout.width());
        for (Position p : layout.positions()) {
            Row r = line.length == 1 ? line[0] : p.side() == Side.EXPENDITURE ? line[1] : line[0];
            if (r == null) {
                out.add("");
                continue;
            }
            String cell = p.column() != null ? amount(r, p.column().key()) : label(r, p, layout);
            out.add(r.bold() ? MdText.bold(cell) : cell);
        }
        return out;
    }

    private static String amount(Row r, String key) {
        Money m = r.cells().get(key);
        return m == null ? "" : MdText.amount(m);
    }

    /** What a row prints in a label cell: a part of its code, its name or its project. */
    private static String label(Row r, Position p, MdTableLayout layout) {
        String code = r.code() == null ? "" : r.code();
        String name = MdText.orEmpty(r.name());
        return switch (p.slot()) {
            case CLASS -> digits(code, 0, 3);
            case SECTION -> digits(code, 3, 5);
            case ITEM -> digits(code, 5, 7);
            case NAME -> !code.isEmpty() && !hasSlot(layout, p.side(), Slot.CLASS)
                    ? (code + " " + name).strip() : name;
            case PROJECT -> r.projectName() != null ? r.projectName() : hasSlot(layout, p.side(), Slot.NAME) ? "" : name;
        };
    }

    private static String digits(String code, int from, int to) {
        return code.length() <= from ? "" : code.substring(from, Math.min(to, code.length()));
    }

    private static boolean hasSlot(MdTableLayout layout, Side side, Slot slot) {
        return layout.positions().stream().anyMatch(p -> p.side() == side && p.slot() == slot);
    }
}

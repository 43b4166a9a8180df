package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.ingest.text.TargetFields.Label;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Targets;

/**
 * Reads the performance target tables (部门整体绩效目标表, 项目支出绩效目标表) printed in part 3. Each
 * region is: the year line “(2026 年)”, key/value rows ({@link TargetFields}), the indicator header
 * row and the indicator rows ({@link IndicatorTable}).
 */
final class TargetTableReader {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private TargetTableReader() {
    }

    static Targets read(List<Segments.TargetRegion> regions, ReadContext ctx) {
        DepartmentTarget department = null;
        List<ProjectTarget> projects = new ArrayList<>();
        // one row cutter, with its buffers, for all the rows of all the tables: they are read one at a time
        TargetCells.Row row = new TargetCells.Row();
        // and the texts the indicator columns printed, as the tables repeat a few phrases
        TargetCells.Known[] known = IndicatorTable.knownTexts();
        for (Segments.TargetRegion region : regions) {
            if (region.kind() == Segments.TargetKind.PROJECT) {
                projects.add(project(region, ctx, row, known));
            } else if (department == null) {
                department = department(region, ctx, row, known);
            } else {
                ctx.warning("READ-TARGET-DUPLICATE", "部门整体绩效目标表出现了不止一张，只读取第一张。", region.title().number());
            }
        }
        return new Targets(department, projects);
    }

    static DepartmentTarget department(Segments.TargetRegion region, ReadContext ctx, TargetCells.Row row, TargetCells.Known[] known) {
        Parts p = parts(region, ctx, row, known);
        TargetFields f = p.fields();
        int title = region.title().number();
        String name = f.text(Label.DEPARTMENT);
        if (name == null) {
            ctx.warning("READ-TARGET-FIELD", "部门整体绩效目标表中没有读到部门名称。", title);
        }
        var total = f.money(ctx, "合计", Label.TOTAL, Label.BUDGET_TOTAL);
        if (total == null) {
            ctx.warning("READ-TARGET-FIELD", "部门整体绩效目标表中没有读到年度预算合计。", title);
        }
        return new DepartmentTarget(p.year(), name, f.text(Label.CONTACT), phone(f.text(Label.PHONE)), f.text(Label.GOAL),
                f.money(ctx, "上级安排", Label.SUPERIOR), f.money(ctx, "本级安排", Label.OWN),
                f.money(ctx, "其他资金", Label.OTHER_DETAIL, Label.OTHER_FUNDS), total, p.indicators(), ctx.at(title));
    }

    static ProjectTarget project(Segments.TargetRegion region, ReadContext ctx, TargetCells.Row row, TargetCells.Known[] known) {
        Parts p = parts(region, ctx, row, known);
        TargetFields f = p.fields();
        int title = region.title().number();
        String name = f.text(Label.PROJECT);
        if (name == null) {
            ctx.warning("READ-TARGET-FIELD", "项目支出绩效目标表中没有读到项目名称。", title);
        }
        var budget = f.money(ctx, "年度预算总额", Label.BUDGET_TOTAL, Label.TOTAL);
        if (budget == null) {
            ctx.warning("READ-TARGET-FIELD", "项目支出绩效目标表" + (name == null ? "" : "（" + name + "）") + "中没有读到年度预算总额。", title);
        }
        return new ProjectTarget(p.year(), f.text(Label.UNIT), name, f.text(Label.MANAGER), budget,
                f.money(ctx, "财政拨款", Label.FISCAL, Label.FISCAL_FUNDS),
                f.money(ctx, "其他资金", Label.OTHER_FUNDS, Label.OTHER_DETAIL), f.text(Label.GOAL), p.indicators(), ctx.at(title));
    }

    /** A region cut into what the two kinds of table share. */
    private record Parts(Integer year, TargetFields fields, List<Indicator> indicators) {
    }

    /**
     * One walk over the region's logical rows: the key/value rows above the indicator header go to
     * {@link TargetFields}, the rows below it to the {@link IndicatorTable} the header names.
     */
    private static Parts parts(Segments.TargetRegion region, ReadContext ctx, TargetCells.Row row, TargetCells.Known[] known) {
        List<SourceLine> lines = logicalRows(region.lines());
        TargetFields fields = new TargetFields(row);
        IndicatorTable.Rows indicatorRows = null;
        for (SourceLine line : lines) {
            if (indicatorRows != null) {
                indicatorRows.add(line);
                continue;
            }
            IndicatorTable table = IndicatorTable.header(line, row);
            if (table != null) {
                indicatorRows = table.rows(ctx, row, known);
            } else if (line.isTabular()) {
                fields.readRow(line, ctx);
            }
        }
        List<Indicator> indicators = List.of();
        if (indicatorRows != null) {
            indicators = indicatorRows.indicators();
        } else {
            ctx.error("READ-TARGET-INDICATORS", "绩效目标表中找不到指标表头（三级指标、指标值），指标未读取。", region.title().number());
        }
        return new Parts(year(region), fields, indicators);
    }

    /** From the title (“2026年项目支出绩效目标表”) or the line under it (“(2026 年)”), before the first row. */
    private static Integer year(Segments.TargetRegion region) {
        int year = year(region.title().text());
        for (int i = 0; i < region.lines().size() && year < 0; i++) {
            SourceLine l = region.lines().get(i);
            if (l.isTabular()) {
                break;
            }
            year = year(l.text());
        }
        return year < 0 ? null : year;
    }

    /**
     * Group 1 of the first match of {@link #YEAR} ({@code ((?:19|20)\d{2})\s*年}) in {@code s} as a
     * number, or -1; by hand, as the pattern's search cost more than the rest of the title lines' reading.
     */
    static int year(String s) {
        for (int i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
            // the four digits end where the spaces before this 年 start
            int end = i;
            while (end > 0 && isRegexSpace(s.charAt(end - 1))) {
                end--;
            }
            int from = end - 4;
            if (from >= 0 && (s.startsWith("19", from) || s.startsWith("20", from)) && isDigit(s.charAt(from + 2))
                    && isDigit(s.charAt(from + 3))) {
                return (s.charAt(from) - '0') * 1000 + (s.charAt(from + 1) - '0') * 100 + (s.charAt(from + 2) - '0') * 10
                        + s.charAt(from + 3) - '0';
            }
        }
        return -1;
    }

    /**
     * Rows whose {@code <p>} cell (the long goal text) the conversion wrapped over several lines are
     * joined back into one row; a paragraph that never closes is left as it is.
     */
    static List<SourceLine> logicalRows(List<SourceLine> lines) {
        int i = 0;
        while (i < lines.size() && openParagraphs(lines.get(i).raw()) <= 0) {
            i++;
        }
        if (i == lines.size()) {
            return lines; // the usual table: no paragraph wrapped over lines, nothing to join or copy
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        out.addAll(lines.subList(0, i));
        while (i < lines.size()) {
            SourceLine l = lines.get(i);
            int open = openParagraphs(l.raw());
            if (open <= 0) {
                out.add(l); // most rows: nothing to join
                i++;
                continue;
            }
            int j = i + 1;
            StringBuilder raw = new StringBuilder(l.raw());
            while (open > 0 && j < lines.size()) {
                raw.append(' ').append(lines.get(j).raw());
                open += openParagraphs(lines.get(j).raw());
                j++;
            }
            if (open > 0 || j == i + 1) {
                out.add(l);
                i++;
            } else {
                out.add(SourceLine.of(l.number(), raw.toString()));
                i = j;
            }
        }
        return out;
    }

    private static int openParagraphs(String raw) {
        // the <p> and </p> counted in one walk over the '<' (none: no tags at all): neither can overlap itself or the other
        int open = 0;
        for (int i = raw.indexOf('<'); i >= 0; i = raw.indexOf('<', i + 1)) {
            if (raw.startsWith("p>", i + 1)) {
                open++;
            } else if (raw.startsWith("/p>", i + 1)) {
                open--;
            }
        }
        return open;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters {@code \s} stands for in a pattern (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Telephone numbers are digits and dashes; PDF spaces inside them are dropped. */
    private static String phone(String printed) {
        if (printed == null) {
            return null;
        }
        for (int i = 0; i < printed.length(); i++) {
            if (isRegexSpace(printed.charAt(i))) {
                return SPACES.matcher(printed).replaceAll("");
            }
        }
        return printed; // nothing for the pattern to take out

    }
}

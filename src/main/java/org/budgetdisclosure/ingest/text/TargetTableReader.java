package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    private TargetTableReader() {
    }

    static Targets read(List<Segments.TargetRegion> regions, ReadContext ctx) {
        DepartmentTarget department = null;
        List<ProjectTarget> projects = new ArrayList<>();
        for (Segments.TargetRegion region : regions) {
            if (region.kind() == Segments.TargetKind.PROJECT) {
                projects.add(project(region, ctx));
            } else if (department == null) {
                department = department(region, ctx);
            } else {
                ctx.warning("READ-TARGET-DUPLICATE", "部门整体绩效目标表出现了不止一张，只读取第一张。", region.title().number());
            }
        }
        return new Targets(department, projects);
    }

    static DepartmentTarget department(Segments.TargetRegion region, ReadContext ctx) {
        Parts p = parts(region, ctx);
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

    static ProjectTarget project(Segments.TargetRegion region, ReadContext ctx) {
        Parts p = parts(region, ctx);
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

    private static Parts parts(Segments.TargetRegion region, ReadContext ctx) {
        List<SourceLine> lines = logicalRows(region.lines());
        int header = -1;
        Optional<IndicatorTable> table = Optional.empty();
        for (int i = 0; i < lines.size() && table.isEmpty(); i++) {
            table = IndicatorTable.header(lines.get(i));
            header = i;
        }
        List<SourceLine> top = table.isPresent() ? lines.subList(0, header) : lines;
        List<SourceLine> keyValueRows = top.stream().filter(SourceLine::isTabular).toList();
        TargetFields fields = TargetFields.read(keyValueRows, ctx);
        List<Indicator> indicators = List.of();
        if (table.isPresent()) {
            indicators = table.get().read(lines.subList(header + 1, lines.size()), ctx);
        } else {
            ctx.error("READ-TARGET-INDICATORS", "绩效目标表中找不到指标表头（三级指标、指标值），指标未读取。", region.title().number());
        }
        return new Parts(year(region), fields, indicators);
    }

    /** From the title (“2026年项目支出绩效目标表”) or the line under it (“(2026 年)”), before the first row. */
    private static Integer year(Segments.TargetRegion region) {
        List<SourceLine> candidates = new ArrayList<>();
        candidates.add(region.title());
        for (SourceLine l : region.lines()) {
            if (l.isTabular()) {
                break;
            }
            candidates.add(l);
        }
        for (SourceLine l : candidates) {
            Matcher m = YEAR.matcher(l.text());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /**
     * Rows whose {@code <p>} cell (the long goal text) the conversion wrapped over several lines are
     * joined back into one row; a paragraph that never closes is left as it is.
     */
    static List<SourceLine> logicalRows(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        int i = 0;
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
        if (raw.indexOf('<') < 0) {
            return 0; // no tags at all
        }
        return count(raw, "<p>") - count(raw, "</p>");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    /** Telephone numbers are digits and dashes; PDF spaces inside them are dropped. */
    private static String phone(String printed) {
        return printed == null ? null : SPACES.matcher(printed).replaceAll("");
    }
}

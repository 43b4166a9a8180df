package org.budgetdisclosure.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Targets;

/**
 * The performance target tables of part 3 and where they go among its paragraphs. The model keeps the
 * tables apart from the text; a table is put back where it was read (before the first paragraph read
 * after it, within its section), and a table with no source line (a generated disclosure) goes at the
 * end of the last section, where the format prints them (十三、其他重要事项 › 预算绩效情况).
 */
final class TargetTables {

    /**
     * A target table with its printed title.
     *
     * @param project the project's name; null for the department's table
     * @param line    the source line it was read from, if known
     */
    record TargetTable(String title, String subtitle, String project, Grid grid, Integer line) {
    }

    private TargetTables() {
    }

    static List<TargetTable> of(Targets targets) {
        List<TargetTable> out = new ArrayList<>();
        if (targets == null) {
            return out;
        }
        DepartmentTarget d = targets.department();
        if (d != null) {
            out.add(new TargetTable("部门整体绩效目标表", subtitle(d.year()), null, TargetLayouts.department(d), line(d.at())));
        }
        for (ProjectTarget p : targets.projects()) {
            out.add(new TargetTable("项目支出绩效目标表", subtitle(p.year()), p.projectName(), TargetLayouts.project(p), line(p.at())));
        }
        // printed order where known; a stable sort keeps the model's order among unknown lines
        out.sort(Comparator.comparing(TargetTable::line, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static String subtitle(Integer year) {
        return year == null ? null : "（" + year + "年）";
    }

    private static Integer line(SourceRef at) {
        return at == null ? null : at.line();
    }

    /**
     * For section {@code i} and paragraph {@code j}, the tables that go before that paragraph;
     * {@code j == paragraphs.size()} holds those that go after the section's last paragraph.
     */
    static List<List<List<TargetTable>>> place(List<Section> sections, List<TargetTable> tables) {
        List<List<List<TargetTable>>> slots = new ArrayList<>();
        for (Section s : sections) {
            List<List<TargetTable>> perParagraph = new ArrayList<>();
            for (int j = 0; j <= s.paragraphs().size(); j++) {
                perParagraph.add(new ArrayList<>());
            }
            slots.add(perParagraph);
        }
        if (sections.isEmpty()) {
            return slots;
        }
        for (TargetTable t : tables) {
            int i = sectionOf(sections, t.line());
            List<Paragraph> ps = sections.get(i).paragraphs();
            int j = ps.size();
            if (t.line() != null) {
                for (int k = 0; k < ps.size(); k++) {
                    Integer pl = line(ps.get(k).at());
                    if (pl != null && pl > t.line()) {
                        j = k;
                        break;
                    }
                }
            }
            slots.get(i).get(j).add(t);
        }
        return slots;
    }

    /** The last section that starts before the line; the last section when the line is unknown. */
    private static int sectionOf(List<Section> sections, Integer line) {
        int found = sections.size() - 1;
        if (line == null) {
            return found;
        }
        for (int i = 0; i < sections.size(); i++) {
            Integer start = line(sections.get(i).at());
            if (start != null && start <= line) {
                found = i;
            }
        }
        return found;
    }
}

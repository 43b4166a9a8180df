package org.budgetdisclosure.render.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.render.html.Page.Block;
import org.budgetdisclosure.render.html.Page.SectionView;

/**
 * Part 3 as printed: each explanation's paragraphs, with the performance target tables put back
 * where the document printed them. The model keeps the tables apart from the text, so their place
 * comes from the source lines when the disclosure was read from a file; a generated disclosure has
 * no lines, and then the tables follow the text of the 预算绩效 sub-heading, where the national
 * format puts them.
 */
final class Part3Layout {

    /** A target table and the line it was read from (null when unknown). */
    record Placed(Grid grid, Integer line) {
    }

    private Part3Layout() {
    }

    static List<SectionView> of(Explanation e, List<Placed> targets) {
        List<Section> sections = e == null ? List.of() : e.sections();
        if (sections.isEmpty()) {
            if (targets.isEmpty()) {
                return List.of();
            }
            return List.of(new SectionView("targets", "预算绩效目标表", targets.stream().map(p -> grid(p.grid())).toList()));
        }
        boolean byLine = !targets.isEmpty() && targets.stream().allMatch(p -> p.line() != null)
                && sections.stream().flatMap(s -> s.paragraphs().stream()).anyMatch(p -> line(p.at()) != null);
        List<List<Block>> blocks = byLine ? byLine(sections, targets) : byHeading(sections, targets);
        List<SectionView> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            out.add(new SectionView("s" + s.number(), Numbers.chinese(s.number()) + "、" + nz(s.title()), blocks.get(i)));
        }
        return out;
    }

    /** Each table goes before the first paragraph (or section heading) printed after it. */
    private static List<List<Block>> byLine(List<Section> sections, List<Placed> targets) {
        Deque<Placed> pending = new ArrayDeque<>(targets);
        List<List<Block>> out = new ArrayList<>();
        for (Section s : sections) {
            Integer start = line(s.at());
            if (start != null && !out.isEmpty()) {
                flushBefore(pending, start, out.get(out.size() - 1));
            }
            List<Block> blocks = new ArrayList<>();
            for (Paragraph p : s.paragraphs()) {
                Integer at = line(p.at());
                if (at != null) {
                    flushBefore(pending, at, blocks);
                }
                blocks.add(text(p));
            }
            out.add(blocks);
        }
        pending.forEach(p -> out.get(out.size() - 1).add(grid(p.grid())));
        return out;
    }

    private static void flushBefore(Deque<Placed> pending, int line, List<Block> into) {
        while (!pending.isEmpty() && pending.peekFirst().line() < line) {
            into.add(grid(pending.removeFirst().grid()));
        }
    }

    /**
     * Without lines: after the text that follows the sub-heading naming 绩效 in 其他重要事项 (section
     * 13, else the last), before the next sub-heading; at the end of that section when there is none.
     */
    private static List<List<Block>> byHeading(List<Section> sections, List<Placed> targets) {
        int host = sections.size() - 1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).number() == 13) {
                host = i;
            }
        }
        List<List<Block>> out = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            List<Block> blocks = new ArrayList<>(sections.get(i).paragraphs().stream().map(Part3Layout::text).toList());
            if (i == host && !targets.isEmpty()) {
                blocks.addAll(insertionPoint(sections.get(i).paragraphs()), targets.stream().map(p -> grid(p.grid())).toList());
            }
            out.add(blocks);
        }
        return out;
    }

    private static int insertionPoint(List<Paragraph> paragraphs) {
        boolean inPerformance = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.heading()) {
                if (inPerformance) {
                    return i;
                }
                inPerformance = p.text() != null && p.text().contains("绩效");
            }
        }
        return paragraphs.size();
    }

    private static Block text(Paragraph p) {
        return new Block(nz(p.text()), p.heading(), null);
    }

    private static Block grid(Grid g) {
        return new Block(null, false, g);
    }

    private static Integer line(SourceRef at) {
        return at == null ? null : at.line();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

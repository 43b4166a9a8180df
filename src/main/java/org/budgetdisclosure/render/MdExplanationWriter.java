package org.budgetdisclosure.render;

import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Targets;

/**
 * Prints part 3: each section's heading (“### 一、关于…说明”), its sub-headings and paragraphs one per
 * line, and the performance target tables inside the section on 预算绩效.
 *
 * <p>Every figure, list and project of part 3 is read back from these paragraphs, so they are printed
 * exactly as the model holds them (already rejoined and cleaned). One thing needs care: the reader glues
 * a line that stops mid-sentence onto the next (the PDF wrapped it), so a paragraph after one that does
 * not end a sentence is printed as a list item (“- ”), which the reader always keeps apart.
 */
final class MdExplanationWriter {

    /*
     * The reader's rule for gluing lines (ingest.text.ParagraphJoiner), restated because render may not
     * depend on ingest. The patterns are the reader's; its other condition (the line above is at least
     * 20 characters long) is left out, so where the two differ the renderer only adds a “- ” the reader
     * did not need, never leaves out one it needed.
     */
    private static final String SENTENCE_END = "。！？!?；;：:";
    private static final String CLOSING = "”’」）)】";
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[.、．](?!\\d)");
    private static final Pattern LABEL = Pattern.compile("^[\\u4e00-\\u9fa5（）()“”]{2,15}[：:]");

    /** Where the target tables go: the section on other matters, after its 预算绩效 part. */
    private static final String OTHER_MATTERS = "其他重要事项";
    private static final String PERFORMANCE = "绩效";

    private MdExplanationWriter() {
    }

    static void write(Explanation e, Targets targets, Integer year, MdText out) {
        out.heading(2, "第三部分 " + MdText.year(year) + "部门预算情况说明");
        List<Section> sections = e == null ? List.of() : e.sections();
        boolean targetsLeft = !MdTargetWriter.isEmpty(targets);
        int home = targetsLeft ? targetSection(sections) : -1;
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            out.heading(3, MdText.numeral(section.number()) + "、" + section.title());
            List<Paragraph> paragraphs = section.paragraphs();
            int at = s == home ? targetPlace(paragraphs) : -1;
            Paragraph prev = null;
            for (int i = 0; i < paragraphs.size(); i++) {
                if (i == at) {
                    MdTargetWriter.write(targets, out);
                    targetsLeft = false;
                }
                Paragraph p = paragraphs.get(i);
                paragraph(p, prev, out);
                prev = p;
            }
            if (targetsLeft && s == home) {
                MdTargetWriter.write(targets, out);
                targetsLeft = false;
            }
        }
        if (targetsLeft) {
            MdTargetWriter.write(targets, out);
        }
    }

    private static void paragraph(Paragraph p, Paragraph prev, MdText out) {
        if (p.heading()) {
            out.heading(4, p.text());
        } else if (prev != null && wouldBeGlued(prev, p)) {
            out.block("- " + p.text());
        } else {
            out.block(p.text());
        }
    }

    /** True when the reader would take {@code p} for the rest of {@code prev}, wrapped by the PDF. */
    static boolean wouldBeGlued(Paragraph prev, Paragraph p) {
        return !prev.heading() && !endsSentence(prev.text())
                && !NUMBERED.matcher(p.text()).lookingAt() && !LABEL.matcher(p.text()).lookingAt();
    }

    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && CLOSING.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    /** The section on other matters (the last one when none is titled so). */
    private static int targetSection(List<Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).title().contains(OTHER_MATTERS)) {
                return i;
            }
        }
        return sections.size() - 1;
    }

    /**
     * Before the first sub-heading after the one on 预算绩效, so the tables end where a heading follows
     * them (the reader ends a target table at the next heading); at the end when there is none.
     */
    private static int targetPlace(List<Paragraph> paragraphs) {
        int performance = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (!p.heading()) {
                continue;
            }
            if (performance >= 0) {
                return i;
            }
            if (p.text().contains(PERFORMANCE)) {
                performance = i;
            }
        }
        return paragraphs.size();
    }
}

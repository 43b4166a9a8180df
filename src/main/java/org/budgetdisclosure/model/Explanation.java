package org.budgetdisclosure.model;

import java.util.List;

/**
 * Part 3, 部门预算情况说明: its sections as text, and everything stated in them as typed data.
 */
public record Explanation(List<Section> sections, List<Fact> facts, List<NamedList> lists,
                          List<ProjectDescription> projects, OtherMatters other) {

    public Explanation {
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
        lists = List.copyOf(lists);
        projects = List.copyOf(projects);
    }

    /** What a rule does with each paragraph of part 3, told which section it is in. */
    @FunctionalInterface
    public interface ParagraphVisitor {
        void visit(Section section, Paragraph paragraph);
    }

    /** The section numbered {@code number} (the first, should two share it), or null. */
    public Section section(int number) {
        for (int i = 0; i < sections.size(); i++) { // by index: the immutable list's iterator is not always spared
            Section s = sections.get(i);
            if (s.number() == number) {
                return s;
            }
        }
        return null;
    }

    /** Visits every paragraph of every section, in document order. */
    public void forEachParagraph(ParagraphVisitor v) {
        for (int si = 0; si < sections.size(); si++) { // by index, as in section(int)
            Section s = sections.get(si);
            List<Paragraph> paragraphs = s.paragraphs();
            for (int pi = 0; pi < paragraphs.size(); pi++) {
                v.visit(s, paragraphs.get(pi));
            }
        }
    }
}

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
}

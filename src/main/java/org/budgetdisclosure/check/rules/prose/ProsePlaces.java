package org.budgetdisclosure.check.rules.prose;

import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.NamedList;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.SourceRef;

/** Locations in part 3: the line, the section, and what the prose was talking about. */
public final class ProsePlaces {

    /** The section the project descriptions live in (第三部分 七). */
    public static final int PROJECT_SECTION = 7;

    /** The section of the other matters (第三部分 十三). */
    public static final int OTHER_SECTION = 13;

    private ProsePlaces() {
    }

    /** {@code 第三部分 第5节 › 基本支出 › 金额}. */
    public static Location fact(Fact f, String what) {
        return at(f.at(), f.section(), f.subject().text(), what);
    }

    public static Location list(NamedList l) {
        return at(l.at(), l.section(), l.label(), null);
    }

    public static Location project(ProjectDescription p, String what) {
        return at(p.at(), PROJECT_SECTION, p.name(), what);
    }

    /** The 资金分配情况 paragraph, or the project's heading when its line is unknown. */
    public static Location allocation(ProjectDescription p) {
        return at(p.allocationAt() != null ? p.allocationAt() : p.at(), PROJECT_SECTION, p.name(), "资金分配情况");
    }

    public static Location at(SourceRef ref, int section, String subject, String what) {
        return Location.of(ref).inTable(null, subject, what).inSection(section);
    }
}

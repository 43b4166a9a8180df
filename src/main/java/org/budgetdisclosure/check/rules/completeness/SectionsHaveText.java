package org.budgetdisclosure.check.rules.completeness;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;

/**
 * Each of part 3's sections has text under its heading, and is numbered once within 1–13. A missing
 * section is the reader's to report (READ-SECTION-MISSING), so it is not repeated here.
 */
public final class SectionsHaveText implements Rule {

    public static final RuleInfo INFO = new RuleInfo("COMP-SECTION", "第三部分各节应有内容，编号为一至十三且不重复",
            Severity.WARNING, Family.COMPLETENESS);

    /** How many sections the national format has. */
    static final int SECTIONS = 13;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        boolean[] seen = new boolean[SECTIONS + 1];
        for (Section s : d.explanation().sections()) {
            if (s.number() < 1 || s.number() > SECTIONS) {
                out.report(INFO, INFO.severity(), here(s), List.of(), "第三部分只有一至十三节，此处编号为 " + s.number() + "：“" + s.title() + "”。");
            } else if (seen[s.number()]) {
                out.report(INFO, INFO.severity(), here(s), List.of(), "第三部分第" + s.number() + "节出现了不止一次：“" + s.title() + "”。");
            } else {
                seen[s.number()] = true;
            }
            if (!hasText(s)) {
                out.report(INFO, INFO.severity(), here(s), List.of(), "第三部分第" + s.number() + "节“" + s.title() + "”只有标题，没有说明内容。");
            }
        }
    }

    /** Where a section starts; made only for a finding. */
    private static Location here(Section s) {
        return Location.of(s.at()).inSection(s.number());
    }

    private static boolean hasText(Section s) {
        List<Paragraph> paragraphs = s.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) { // by index: the model's immutable list, whose iterator is not always spared
            Paragraph p = paragraphs.get(i);
            if (p.text() != null && !p.text().isBlank()) {
                return true;
            }
        }
        return false;
    }
}

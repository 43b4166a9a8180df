package org.budgetdisclosure.render.html;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Targets;
import org.budgetdisclosure.render.html.Page.Heading;
import org.budgetdisclosure.render.html.Page.SectionView;
import org.budgetdisclosure.render.html.Page.Term;
import org.budgetdisclosure.render.html.Page.TocEntry;
import org.budgetdisclosure.render.html.Part3Layout.Placed;

/** Lays a whole disclosure out as the printed document: cover, contents, the four parts, signature. */
final class PageLayout {

    private PageLayout() {
    }

    static Page of(Disclosure d, String css) {
        DocumentHeader h = d.header();
        String department = h == null || h.department() == null ? "" : h.department();
        DocumentKind kind = h == null || h.kind() == null ? DocumentKind.DEPARTMENT_BUDGET : h.kind();
        String year = h == null || h.year() == null ? "" : h.year() + "年";
        // 部门 or 单位, as the kind names the one who publishes
        String who = kind.chinese().substring(0, 2);
        String coverTitle = kind.chinese() + "公开";
        List<TocEntry> toc = new ArrayList<>();

        Overview o = d.overview();
        Heading part1 = null;
        if (o != null) {
            part1 = new Heading("part1", "第一部分 " + year + who + "概况");
            toc.add(new TocEntry("#part1", part1.text(), 1));
            toc.add(new TocEntry("#duties", "一、主要职能", 2));
            toc.add(new TocEntry("#organisation", "二、机构设置", 2));
        }

        List<Grid> tables = d.tables().stream().map(TableLayout::of).toList();
        Heading part2 = null;
        if (!tables.isEmpty()) {
            part2 = new Heading("part2", "第二部分 " + year + kind.chinese() + "公开表");
            toc.add(new TocEntry("#part2", part2.text(), 1));
            for (int i = 0; i < tables.size(); i++) {
                toc.add(new TocEntry("#" + tables.get(i).id(), tables.get(i).caption(), 2));
            }
        }

        List<SectionView> sections = Part3Layout.of(d.explanation(), targets(d.targets()));
        Heading part3 = null;
        if (!sections.isEmpty()) {
            part3 = new Heading("part3", "第三部分 " + year + kind.chinese() + "情况说明");
            toc.add(new TocEntry("#part3", part3.text(), 1));
            sections.forEach(s -> toc.add(new TocEntry("#" + s.id(), s.heading(), 2)));
        }

        List<Term> glossary = new ArrayList<>();
        for (GlossaryTerm g : d.glossary()) {
            glossary.add(new Term(Numbers.chinese(g.number()) + "、", nz(g.term()), nz(g.definition())));
        }
        Heading part4 = null;
        if (!glossary.isEmpty()) {
            part4 = new Heading("part4", "第四部分 名词解释");
            toc.add(new TocEntry("#part4", part4.text(), 1));
        }

        String signedBy = h == null ? null : h.signedBy();
        String signedOn = h == null || h.signedOn() == null ? null : Numbers.date(h.signedOn());
        return new Page(year + department + coverTitle, css, List.of(year + department), coverTitle, toc,
                part1, o == null ? List.of() : o.duties(), o == null ? "" : nz(o.organisationText()),
                part2, tables, part3, sections, part4, glossary, signedBy, signedOn);
    }

    private static List<Placed> targets(Targets t) {
        List<Placed> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.department() != null) {
            out.add(new Placed(TargetLayout.department(t.department(), "target-department"),
                    t.department().at() == null ? null : t.department().at().line()));
        }
        int n = 0;
        for (ProjectTarget p : t.projects()) {
            n++;
            out.add(new Placed(TargetLayout.project(p, "target-project-" + n), p.at() == null ? null : p.at().line()));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

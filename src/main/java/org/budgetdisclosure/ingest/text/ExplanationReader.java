package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.NamedList;
import org.budgetdisclosure.model.OtherMatters;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Table;

/**
 * Reads part 3, 部门预算情况说明: the thirteen sections and every figure stated in them as typed facts,
 * the project descriptions and the other matters. The tables help resolve names the prose uses to codes.
 *
 * <p>The stages: {@link SectionSplitter} cuts the sections and rejoins wrapped paragraphs; then each
 * section by what it is about — the project section (7) through {@link ProjectDescriptionReader}, the
 * other matters (13) through {@link OtherMattersReader}, every other section through the clause grammar
 * ({@link FactExtractor}) with {@link SubjectResolver} naming the subjects, and {@link ListReader} for the
 * “…包括：” lists; finally the statements of one subject in one section are merged ({@link Facts#merge}).
 */
final class ExplanationReader {

    /** How a section is read. */
    private enum Kind {
        STATEMENTS, // figures and lists in running prose: sections 1–6 and 8–12
        PROJECTS,   // section 7: one description per project
        OTHER;      // section 13: running costs, procurement, assets, performance, notes

        static Kind of(SectionSplitter.RawSection s) {
            String title = Texts.nameKey(s.title());
            if (title.contains("项目支出")) {
                return PROJECTS;
            }
            if (title.contains("其他重要事项")) {
                return OTHER;
            }
            // a title worded off the standard still has its standard number
            boolean unusual = !title.contains("说明") && !title.contains("情况");
            if (unusual && s.number() == 7) {
                return PROJECTS;
            }
            return unusual && s.number() == SectionSplitter.SECTIONS ? OTHER : STATEMENTS;
        }
    }

    private ExplanationReader() {
    }

    static Explanation read(List<SourceLine> part3, List<Table> tables, ReadContext ctx) {
        if (part3.isEmpty()) {
            ctx.warning("READ-PART3-MISSING", "找不到第三部分“部门预算情况说明”。", 0);
            return new Explanation(List.of(), List.of(), List.of(), List.of(), new OtherMatters(null, null, null, null));
        }
        SubjectResolver subjects = new SubjectResolver(tables);
        List<Section> sections = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<NamedList> lists = new ArrayList<>();
        List<ProjectDescription> projects = new ArrayList<>();
        OtherMatters other = null;
        List<Fact> sectionFacts = new ArrayList<>(); // one section's at a time
        FactExtractor.Figures reading = new FactExtractor.Figures(); // reads the figures of every paragraph in turn
        for (SectionSplitter.RawSection s : SectionSplitter.split(part3, ctx)) {
            Section section = section(s, ctx);
            sections.add(section);
            sectionFacts.clear();
            switch (Kind.of(s)) {
                case PROJECTS -> {
                    List<ProseParagraph> paragraphs = s.paragraphs();
                    int first = firstProject(paragraphs);
                    statements(s.number(), paragraphs.subList(0, first), section.paragraphs(), subjects, reading, ctx, sectionFacts, lists);
                    ProjectDescriptionReader.Result r = ProjectDescriptionReader.read(paragraphs.subList(first, paragraphs.size()), s.number(), ctx);
                    projects.addAll(r.projects());
                    sectionFacts.addAll(r.facts());
                }
                case OTHER -> {
                    OtherMattersReader.Result r = OtherMattersReader.read(s.paragraphs(), s.number(), subjects, ctx);
                    if (other == null) {
                        other = r.other();
                    }
                    sectionFacts.addAll(r.facts());
                }
                case STATEMENTS -> statements(s.number(), s.paragraphs(), section.paragraphs(), subjects, reading, ctx, sectionFacts, lists);
            }
            Facts.mergeInto(sectionFacts, facts);
        }
        if (other == null) {
            other = new OtherMatters(null, null, null, null);
        }
        return new Explanation(sections, facts, lists, projects, other);
    }

    /**
     * The figures and lists of {@code paragraphs}; {@code models} are the same paragraphs as the model
     * has them (index for index), whose places a figure on a paragraph's first line shares.
     */
    private static void statements(int number, List<ProseParagraph> paragraphs, List<Paragraph> models, SubjectResolver subjects,
                                   FactExtractor.Figures reading, ReadContext ctx, List<Fact> facts, List<NamedList> lists) {
        for (int i = 0; i < paragraphs.size(); i++) { // indexed, as the figures and lists are: no iterators
            ProseParagraph p = paragraphs.get(i);
            if (p.heading()) {
                continue;
            }
            // the figures taken straight from the reading's builders: no StatedFigure, no list of them
            for (int j = 0, n = reading.read(p, number, ctx); j < n; j++) {
                FactExtractor.Figure f = reading.figure(j);
                SourceRef at = f.line() == p.firstLine() ? models.get(i).at() : ctx.at(f.line());
                facts.add(f.fact(number, subjects.resolve(f.words(), number, f.line(), ctx), at));
            }
            ListReader.read(p, number, ctx, lists);
        }
    }

    private static int firstProject(List<ProseParagraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (ProjectDescriptionReader.startsProject(paragraphs.get(i))) {
                return i;
            }
        }
        return paragraphs.size();
    }

    private static Section section(SectionSplitter.RawSection s, ReadContext ctx) {
        // an array made into an immutable list, which Section's List.copyOf keeps as it is: one copy of it, not two
        List<ProseParagraph> raw = s.paragraphs();
        Paragraph[] paragraphs = new Paragraph[raw.size()];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = raw.get(i).toModel(ctx);
        }
        return new Section(s.number(), s.title(), List.of(paragraphs), ctx.at(s.headingLine()));
    }
}

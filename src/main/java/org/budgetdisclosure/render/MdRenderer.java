package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;

/**
 * The disclosure in the sample's own text form (markdown-like headings, tab-separated tables with
 * {@code <b>} on bold rows), so that {@code bd parse} reads it back to the same model: the cover, the
 * table of contents, part 1, the twelve tables, part 3 with the performance target tables, the
 * glossary and the signature. Amounts are printed clean ({@code 1,229.70}), whatever breaks the PDF
 * left in the original.
 *
 * <p>What does not come back exactly: provenance (line numbers are this file's); the key of a table
 * column the reader did not recognise ({@code colN}) names its position in the printed header, so it
 * comes back the same only where the original's label cells were the national ones; 机构设置 printed
 * as a table is printed as lines of text, so units read from that table's 单位名称 column are not read
 * again; an indicator row that names no indicator at all is read as the continuation of the row above.
 */
public final class MdRenderer implements Renderer {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public boolean binary() {
        return false;
    }

    @Override
    public void render(Disclosure d, OutputStream out) throws IOException {
        out.write(toMarkdown(d).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public static String toMarkdown(Disclosure d) {
        MdText out = new MdText();
        DocumentHeader h = d.header();
        Integer year = h == null ? null : h.year();
        cover(h, out);
        contents(d, year, out);
        overview(d.overview(), year, out);
        out.heading(2, "第二部分 " + MdText.year(year) + "部门预算公开表");
        for (Table t : d.tables()) {
            MdTableWriter.write(t, out);
        }
        MdExplanationWriter.write(d.explanation(), d.targets(), year, out);
        glossary(d.glossary(), out);
        signature(h, out);
        return out.toString();
    }

    private static void cover(DocumentHeader h, MdText out) {
        String department = h == null ? null : h.department();
        String title = MdText.year(h == null ? null : h.year()) + MdText.orEmpty(department);
        if (!title.isEmpty()) {
            out.block(title);
        }
        DocumentKind kind = h == null || h.kind() == null ? DocumentKind.DEPARTMENT_BUDGET : h.kind();
        out.block(kind.chinese() + "公开");
    }

    private static void contents(Disclosure d, Integer year, MdText out) {
        out.heading(1, "目录");
        out.heading(2, "第一部分 " + MdText.year(year) + "部门概况");
        out.line("- 一、主要职能").block("- 二、机构设置");
        out.heading(2, "第二部分 " + MdText.year(year) + "部门预算公开表");
        List<Table> tables = d.tables();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            out.line("- " + MdText.numeral(i + 1) + "、" + (t.title() == null || t.title().isBlank() ? t.id().title() : t.title()));
        }
        out.line("");
        out.heading(2, "第三部分 " + MdText.year(year) + "部门预算情况说明");
        List<Section> sections = d.explanation() == null ? List.of() : d.explanation().sections();
        for (Section s : sections) {
            out.line("- " + MdText.numeral(s.number()) + "、" + s.title());
        }
        out.line("");
        out.heading(2, "第四部分 名词解释");
    }

    private static void overview(Overview o, Integer year, MdText out) {
        out.heading(2, "第一部分 " + MdText.year(year) + "部门概况");
        out.heading(3, "一、主要职能");
        List<String> duties = o == null ? List.of() : o.duties();
        for (int i = 0; i < duties.size(); i++) {
            String duty = duties.get(i);
            // “1.2026年…” would not read as item 1 (a decimal, to the reader), so such a duty is numbered “（1）”
            boolean digitFirst = !duty.isEmpty() && Character.isDigit(duty.charAt(0));
            out.block((digitFirst ? "（" + (i + 1) + "）" : (i + 1) + ". ") + duty);
        }
        out.heading(3, "二、机构设置");
        if (o != null && o.organisationText() != null) {
            for (String line : o.organisationText().split("\n")) {
                if (!line.isBlank()) {
                    out.block(line);
                }
            }
        }
    }

    private static void glossary(List<GlossaryTerm> terms, MdText out) {
        out.heading(2, "第四部分 名词解释");
        for (GlossaryTerm g : terms) {
            String definition = g.definition() == null || g.definition().isEmpty() ? "" : "：" + g.definition();
            out.block(MdText.numeral(g.number()) + "、**" + g.term() + "**" + definition);
        }
    }

    private static void signature(DocumentHeader h, MdText out) {
        if (h == null) {
            return;
        }
        if (h.signedBy() != null) {
            out.block(h.signedBy());
        }
        LocalDate on = h.signedOn();
        if (on != null) {
            out.line(on.getYear() + "年" + on.getMonthValue() + "月" + on.getDayOfMonth() + "日");
        }
    }
}

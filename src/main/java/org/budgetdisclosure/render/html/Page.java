package org.budgetdisclosure.render.html;

import java.util.List;

/**
 * The whole printed document, laid out for the page template. A part the disclosure lacks is null
 * (or empty) and is left out rather than invented.
 *
 * @param title       the document title ({@code 2026年某部门部门预算公开})
 * @param css         the stylesheet, inlined so the page needs nothing else
 * @param coverLines  the cover's small lines (year and department)
 * @param coverTitle  the cover's big line (部门预算公开)
 * @param toc         the table of contents
 * @param part1       第一部分 heading, null without 部门概况
 * @param duties      主要职能, in order
 * @param organisation 机构设置 as printed
 * @param part2       第二部分 heading, null without tables
 * @param tables      the twelve tables in printed order
 * @param part3       第三部分 heading, null without 情况说明
 * @param sections    the explanations, target tables placed where they were printed
 * @param part4       第四部分 heading, null without a glossary
 * @param glossary    名词解释
 * @param signedBy    the name printed at the end, or null
 * @param signedOn    the date printed at the end, or null
 */
public record Page(String title, String css, List<String> coverLines, String coverTitle, List<TocEntry> toc,
                   Heading part1, List<String> duties, String organisation,
                   Heading part2, List<Grid> tables,
                   Heading part3, List<SectionView> sections,
                   Heading part4, List<Term> glossary,
                   String signedBy, String signedOn) {

    public Page {
        coverLines = List.copyOf(coverLines);
        toc = List.copyOf(toc);
        duties = List.copyOf(duties);
        tables = List.copyOf(tables);
        sections = List.copyOf(sections);
        glossary = List.copyOf(glossary);
    }

    /** A heading with the anchor the table of contents links to. */
    public record Heading(String id, String text) {
    }

    /** A line of the table of contents; level 1 for parts, 2 for what is inside them. */
    public record TocEntry(String href, String text, int level) {

        public String cssClass() {
            return "toc" + level;
        }
    }

    /** One explanation of part 3 with its numbered heading. */
    public record SectionView(String id, String heading, List<Block> blocks) {

        public SectionView {
            blocks = List.copyOf(blocks);
        }
    }

    /** A paragraph, a sub-heading, or a target table (then {@code grid} is set). */
    public record Block(String text, boolean heading, Grid grid) {

        public boolean isGrid() {
            return grid != null;
        }
    }

    /** A glossary term: {@code 一、} {@code 财政拨款} and its definition. */
    public record Term(String number, String term, String definition) {
    }

    public boolean signed() {
        return signedBy != null || signedOn != null;
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.SourceRef;

/**
 * Reads part 1, 部门概况: the numbered duties under 主要职能 and the text under 机构设置 with the
 * subordinate units it names ({@link SubordinateUnits}). Sections are found by their names, not by
 * heading level, since converted documents print them at any level or as plain lines.
 */
final class OverviewReader {

    /** A section title is short; a longer line naming 职能 is a sentence, not a title. */
    private static final int MAX_SECTION_TITLE = 16;

    static final Pattern COLON_END = Pattern.compile("[:：]$");

    private enum Section { NONE, DUTIES, ORGANISATION, OTHER }

    private OverviewReader() {
    }

    static Overview read(List<SourceLine> part1, ReadContext ctx) {
        SourceLine first = null;
        for (int i = 0; i < part1.size() && first == null; i++) {
            first = part1.get(i).isBlank() ? null : part1.get(i);
        }
        if (first == null) {
            ctx.warning("READ-OVERVIEW", "找不到第一部分“部门概况”，未读取主要职能和机构设置。", 0);
            return new Overview(List.of(), null, List.of(), null);
        }
        Section section = Section.NONE;
        boolean sawDuties = false;
        boolean sawOrganisation = false;
        // each duty as a string, replaced when a wrapped line joins it: most duties are one line, and a
        // builder for each copied its text in, widened it to UTF-16 and copied it out again
        List<String> duties = new ArrayList<>();
        List<String> unnumbered = new ArrayList<>();
        List<SourceLine> organisation = new ArrayList<>();
        for (SourceLine l : part1) {
            String t = l.joined();
            if (t.isEmpty() || isPageNumber(t)) {
                continue;
            }
            Section title = sectionTitle(t);
            if (title != null) {
                section = title;
                sawDuties |= title == Section.DUTIES;
                sawOrganisation |= title == Section.ORGANISATION;
                continue;
            }
            switch (section) {
                case DUTIES -> {
                    Ordinals.Item item = Ordinals.item(t, Ordinals.ARABIC_ITEM, Ordinals.BRACKETED_ITEM);
                    if (item != null) {
                        duties.add(item.rest());
                    } else if (!duties.isEmpty()) {
                        // a duty wrapped over lines (or over a page)
                        int last = duties.size() - 1;
                        duties.set(last, Texts.joinCjk(duties.get(last) + " " + t));
                    } else {
                        unnumbered.add(t); // an introduction, or duties printed without numbers
                    }
                }
                case ORGANISATION -> organisation.add(l);
                default -> { }
            }
        }
        List<String> dutyList = new ArrayList<>();
        for (int i = 0; i < duties.size(); i++) {
            dutyList.add(duties.get(i).strip()); // strip gives the string itself when there is nothing to take off
        }
        if (dutyList.isEmpty() && !unnumbered.isEmpty()) {
            dutyList.addAll(unnumbered);
            ctx.notice("READ-OVERVIEW", "主要职能没有编号，按段落读取为 " + unnumbered.size() + " 项。", first.number());
        }
        if (!sawDuties) {
            ctx.warning("READ-OVERVIEW", "部门概况中找不到“主要职能”。", first.number());
        } else if (dutyList.isEmpty()) {
            ctx.warning("READ-OVERVIEW", "“主要职能”下没有读到任何职能。", first.number());
        }
        String organisationText = null;
        List<String> units = List.of();
        if (!sawOrganisation) {
            ctx.warning("READ-OVERVIEW", "部门概况中找不到“机构设置”。", first.number());
        } else if (organisation.isEmpty()) {
            ctx.warning("READ-OVERVIEW", "“机构设置”下没有内容。", first.number());
        } else {
            StringJoiner text = new StringJoiner("\n"); // each line's text joined in place: no stream, no list of them
            for (SourceLine l : organisation) {
                text.add(l.joined());
            }
            organisationText = text.toString();
            units = SubordinateUnits.read(organisation, ctx);
        }
        SourceRef at = ctx.at(first.number());
        return new Overview(dutyList, organisationText, units, at);
    }

    /** The section a line is the title of (“一、 主要职能”, “（二）机构设置”), or null. */
    private static Section sectionTitle(String t) {
        if (LinePhrases.startsWithArabicItem(t) || t.endsWith("。") || t.endsWith("；")) {
            return null; // a numbered duty or a sentence, however short
        }
        String rest = t;
        Ordinals.Item item = Ordinals.item(t, Ordinals.CHINESE_ITEM, Ordinals.BRACKETED_ITEM);
        if (item != null) {
            rest = item.rest();
        }
        if (mayEndWithColon(rest)) {
            rest = COLON_END.matcher(rest).replaceAll("");
        }
        if (rest.length() > MAX_SECTION_TITLE || rest.isEmpty()) {
            return null;
        }
        if (rest.contains("职能") || rest.contains("职责")) {
            return Section.DUTIES;
        }
        if (rest.contains("机构")) {
            return Section.ORGANISATION;
        }
        // another numbered section (三、人员情况) ends the one before it
        return item != null && Ordinals.startsWithChineseItem(t) ? Section.OTHER : null;
    }

    /*
     * Every line of part 1 is asked whether it is a section title: the pattern below runs only where it
     * could match, since making a matcher for each line showed in profiles.
     */

    /**
     * {@link #COLON_END} ({@code [:：]$}) needs a colon last, or before a final line terminator (“\r\n” is
     * two characters).
     */
    static boolean mayEndWithColon(String t) {
        int n = t.length();
        return n > 0 && isColon(t.charAt(n - 1)) || n > 1 && isColon(t.charAt(n - 2)) || n > 2 && isColon(t.charAt(n - 3));
    }

    private static boolean isColon(char c) {
        return c == ':' || c == '：';
    }

    /** “- 3 -”, “3”: a page number left in the text by the conversion. */
    private static boolean isPageNumber(String t) {
        return LinePhrases.isPageNumber(t);
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;

/**
 * The subordinate budget units named under 机构设置. Documents say it in one of a few ways:
 * <ul>
 *   <li>“…无下属预算单位。” — none;</li>
 *   <li>“…下属预算单位 3 个，包括：A、B、C。” — a list after the colon;</li>
 *   <li>“…包括以下单位：” followed by numbered lines “1. A”;</li>
 *   <li>a table with a 单位名称 column.</li>
 * </ul>
 * Lists of internal divisions (内设机构) are not budget units, and “部门本级预算和所属单位预算” names
 * kinds of budget, not units; both are left out.
 */
final class SubordinateUnits {

    private static final Pattern NONE = Pattern.compile("(无|没有|未设|不设|不存在)(其他)?(下属|所属|直属|二级)");
    private static final Pattern ABOUT_UNITS = Pattern.compile("下属|所属|直属|二级|预算单位|包括|包含|分别是|分别为");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,；;]");
    private static final Pattern PUNCTUATION_END = Pattern.compile("[。；;，,]+$");
    private static final Pattern COUNT_TAIL = Pattern.compile("(?:等\\s*\\d*\\s*个?|\\d+\\s*个)(?:预算)?单位$|等$");
    /** A unit name is a name: no sentence punctuation, not longer than a long official name. */
    private static final Pattern NAME_LIKE = Pattern.compile("[^。，,；;：:]{2,40}");

    private SubordinateUnits() {
    }

    static List<String> read(List<SourceLine> organisation, ReadContext ctx) {
        Set<String> units = new LinkedHashSet<>();
        boolean none = false;
        boolean listOpen = false;
        int nameColumn = -1;
        int firstLine = organisation.isEmpty() ? 0 : organisation.get(0).number();
        for (SourceLine l : organisation) {
            if (l.isTabular()) {
                if (nameColumn < 0) {
                    nameColumn = nameColumn(l);
                } else {
                    add(units, l.cell(nameColumn));
                }
                continue;
            }
            String t = l.joined();
            Ordinals.Item item = Ordinals.item(t, Ordinals.ARABIC_ITEM, Ordinals.BRACKETED_ITEM);
            if (item != null && (listOpen || NAME_LIKE.matcher(item.rest()).matches()) && !item.rest().contains("内设")) {
                add(units, item.rest());
                continue;
            }
            listOpen = false;
            for (String sentence : SENTENCE_END.split(t)) {
                if (NONE.matcher(sentence).find()) {
                    none = true;
                    continue;
                }
                if (!ABOUT_UNITS.matcher(sentence).find() || sentence.contains("内设")) {
                    continue;
                }
                String list = listAfterColon(sentence);
                if (list == null) {
                    continue;
                }
                if (list.isEmpty()) {
                    listOpen = true; // “…包括：” with the units on the lines below
                } else {
                    for (String name : LIST_SEPARATOR.split(list)) {
                        add(units, name);
                    }
                }
            }
        }
        if (none && !units.isEmpty()) {
            ctx.warning("READ-OVERVIEW-UNITS", "机构设置既说没有下属单位，又列出了下属单位：" + String.join("、", units) + "。", firstLine);
        } else if (!none && units.isEmpty()) {
            ctx.notice("READ-OVERVIEW-UNITS", "机构设置中没有读到下属预算单位，也没有说明无下属单位。", firstLine);
        }
        return List.copyOf(units);
    }

    /** The text after the last colon, or after 包括/包含 when there is no colon; null when neither. */
    private static String listAfterColon(String sentence) {
        int colon = Math.max(sentence.lastIndexOf('：'), sentence.lastIndexOf(':'));
        if (colon >= 0) {
            return sentence.substring(colon + 1).strip();
        }
        for (String word : List.of("包括", "包含", "分别是", "分别为")) {
            int i = sentence.lastIndexOf(word);
            if (i >= 0) {
                return sentence.substring(i + word.length()).strip();
            }
        }
        return null;
    }

    private static int nameColumn(SourceLine header) {
        for (int i = 0; i < header.cells().size(); i++) {
            String k = Texts.nameKey(header.cell(i));
            if (k.contains("单位名称") || k.equals("预算单位") || k.equals("单位")) {
                return i;
            }
        }
        return -1;
    }

    private static void add(Set<String> units, String printed) {
        String name = Texts.joinCjk(printed.strip());
        Ordinals.Item item = Ordinals.item(name, Ordinals.ARABIC_ITEM, Ordinals.BRACKETED_ITEM);
        if (item != null) {
            name = item.rest();
        }
        name = COUNT_TAIL.matcher(PUNCTUATION_END.matcher(name).replaceAll("")).replaceAll("").strip();
        boolean kindOfBudget = name.contains("预算") || name.endsWith("本级");
        boolean total = name.equals("合计") || name.equals("总计");
        if (name.length() >= 2 && !kindOfBudget && !total) {
            units.add(name);
        }
    }
}

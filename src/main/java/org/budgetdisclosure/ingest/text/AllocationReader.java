package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Money;

/**
 * Reads a project's 资金分配情况 into the parts it names with amounts in 万元. Each “X万元” is a part;
 * its label is the words before it in its clause (“电子政务运行维护83万元”), or before the colon of a
 * numbered item (“1.互联网费用：4.8万元用于…”), or, when nothing names it, what it is used for (“5 万元
 * 用于干部职工健康体检”). Not parts: a stated total (“共计50万元”), a change (“增加5万元”), a threshold
 * (“50万元以上”), and amounts in 元 (“625 元”) — the unit of parts is 万元.
 */
final class AllocationReader {

    /**
     * @param statedTotal the total the text states, or null
     * @param parts       the parts in printed order
     */
    record Allocation(Money statedTotal, List<AllocationPart> parts) {

        Allocation {
            parts = List.copyOf(parts);
        }
    }

    private static final Pattern TOTAL_WORD = Pattern.compile("(?:共计|合计|总计|总额为?|共)\\s*$");
    private static final Pattern CHANGE_WORD = Pattern.compile("(?:增加|减少|增长|下降|节约|超出)了?\\s*$");
    private static final Pattern THRESHOLD_AFTER = Pattern.compile("^\\s*(?:以上|以下|以内|及以上)");
    private static final Pattern USED_FOR = Pattern.compile("^\\s*(?:主要)?用于([^，,。；;：:]+)");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[)）]|其中[：:]?)\\s*");
    private static final Pattern COLON_END = Pattern.compile("[：:]$");
    private static final Pattern LINKING_WORD_END = Pattern.compile("(?:为|计|约|共)$");
    private static final String CLAUSE_MARKS = "。；;，,！？!?";

    private AllocationReader() {
    }

    static Allocation read(String text) {
        Money total = null;
        List<AllocationPart> parts = new ArrayList<>();
        if (text == null) {
            return new Allocation(null, parts);
        }
        for (ProseText.AmountWan m = ProseText.nextAmountWan(text, 0); m != null; m = ProseText.nextAmountWan(text, m.end())) {
            String before = clauseBefore(text, m.start());
            String after = text.substring(m.end());
            Money amount = Money.of(m.number(text));
            if (TOTAL_WORD.matcher(before).find()) {
                if (total == null) {
                    total = amount;
                }
                continue;
            }
            if (CHANGE_WORD.matcher(before).find() || THRESHOLD_AFTER.matcher(after).find()) {
                continue;
            }
            parts.add(new AllocationPart(label(before, after), amount));
        }
        return new Allocation(total, parts);
    }

    /** The text from the last clause mark before {@code at} up to it. */
    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, at);
    }

    private static String label(String before, String after) {
        // “主要用于以下几个方面：1.互联网费用：” → 互联网费用: the words after the last colon but one
        String b = COLON_END.matcher(before.strip()).replaceFirst("");
        int colon = Math.max(b.lastIndexOf('：'), b.lastIndexOf(':'));
        if (colon >= 0) {
            b = b.substring(colon + 1);
        }
        b = NUMBERING.matcher(b.strip()).replaceFirst("").strip();
        b = LINKING_WORD_END.matcher(b).replaceFirst("").strip();
        if (!b.isEmpty()) {
            return b;
        }
        Matcher u = USED_FOR.matcher(after);
        return u.find() ? u.group(1).strip() : "";
    }
}

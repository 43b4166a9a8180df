package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.NamedList;

/**
 * Reads the lists the prose names: “收入预算包括：一般公共预算。”, “支出预算包括：A、B、C。”,
 * “人员经费867.27万元，主要包括：基本工资、…。”. The label is what precedes the colon with the amount
 * taken out (“人员经费主要包括”). Items are split at “、”; when they carry amounts (“一般公共服务支出
 * 963.77 万元，主要用于…；…”) each item is the words before its amount.
 */
final class ListReader {

    private static final Pattern INCLUDES = Pattern.compile("包括[：:]");

    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、；;]");

    private static final Pattern ETC_END = Pattern.compile("等$");

    private static final Pattern AMOUNT_AND_COMMA = Pattern.compile("\\s*" + ProseText.AMOUNT_WAN.pattern() + "[，,]?");

    private ListReader() {
    }

    static List<NamedList> read(ProseParagraph p, int section, ReadContext ctx) {
        List<NamedList> out = new ArrayList<>();
        String text = p.text();
        if (!text.contains("包括")) {
            return out; // no list in it: spares cutting the paragraph into sentences
        }
        for (ProseText.Span sentence : ProseText.sentences(text, p.whole())) {
            String s = sentence.of(text);
            if (!s.contains("包括")) {
                continue; // spares the search in the many sentences that list nothing
            }
            Matcher m = INCLUDES.matcher(s);
            if (!m.find()) {
                continue;
            }
            String label = FactExtractor.subjectWords(AMOUNT_AND_COMMA.matcher(s.substring(0, m.start() + 2)).replaceAll(""));
            List<String> items = items(s.substring(m.end()));
            if (!items.isEmpty()) {
                out.add(new NamedList(section, label, items, ctx.at(p.lineAt(sentence.start()))));
            }
        }
        return out;
    }

    private static List<String> items(String s) {
        List<String> out = new ArrayList<>();
        if (ProseText.nextAmountWan(s, 0) != null) {
            ProseText.Span whole = new ProseText.Span(0, s.length());
            for (ProseText.Span clause : ProseText.clauses(s, whole)) {
                for (ProseText.Span part : ProseText.parts(s, clause)) {
                    String p = part.of(s);
                    ProseText.AmountWan a = ProseText.nextAmountWan(p, 0);
                    if (a != null) {
                        add(out, FactExtractor.subjectWords(p.substring(0, a.start())));
                    }
                }
            }
            return out;
        }
        for (String item : ITEM_SEPARATOR.split(s)) {
            add(out, ETC_END.matcher(item.strip()).replaceFirst(""));
        }
        return out;
    }

    private static void add(List<String> out, String item) {
        if (!item.isEmpty()) {
            out.add(item);
        }
    }
}

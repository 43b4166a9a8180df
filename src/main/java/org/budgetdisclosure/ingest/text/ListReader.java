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

    static final Pattern INCLUDES = Pattern.compile("包括[：:]");

    static final Pattern ITEM_SEPARATOR = Pattern.compile("[、；;]");

    static final Pattern ETC_END = Pattern.compile("等$");

    static final Pattern AMOUNT_AND_COMMA = Pattern.compile("\\s*" + ProseText.AMOUNT_WAN.pattern() + "[，,]?");

    private ListReader() {
    }

    static List<NamedList> read(ProseParagraph p, int section, ReadContext ctx) {
        List<NamedList> out = new ArrayList<>();
        read(p, section, ctx, out);
        return out;
    }

    /** The lists of {@link #read(ProseParagraph, int, ReadContext)}, added to {@code out}. */
    static void read(ProseParagraph p, int section, ReadContext ctx, List<NamedList> out) {
        String text = p.text();
        // straight to each sentence holding “包括：”, its first such, rather than cutting the whole
        // paragraph into sentences: most paragraphs list nothing, the rest list once or twice; and the
        // label and items read where they lie in the paragraph, without copying the sentence out
        for (int at = includes(text, 0); at >= 0; ) {
            int end = sentenceEnd(text, at);
            ProseText.Span sentence = new ProseText.Span(sentenceStart(text, at), end).trimmed(text);
            String label = label(text, sentence.start(), at + 2);
            List<String> items = items(text, at + 3, sentence.end());
            if (!items.isEmpty()) {
                out.add(new NamedList(section, label, items, ctx.at(p.lineAt(sentence.start()))));
            }
            at = end < text.length() ? includes(text, end + 1) : -1;
        }
    }

    /** The label of the list whose “…包括” is {@code text[from, to)}: its subject words, amounts taken out. */
    private static String label(String text, int from, int to) {
        if (ProseText.nextAmountWanStart(text, from, from, to) < 0) {
            return FactExtractor.subjectWords(text, from, to);
        }
        return FactExtractor.subjectWords(withoutAmounts(text.substring(from, to)));
    }

    /** Where the sentence holding index {@code at} starts: after the sentence end before it. */
    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !ProseText.isSentenceEnd(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the sentence holding index {@code at} ends: at the next sentence end, or the end of the text. */
    private static int sentenceEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !ProseText.isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static List<String> items(String s) {
        return items(s, 0, s.length());
    }

    /** {@link #items(String)} of {@code text[from, to)}, read where they lie. */
    private static List<String> items(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        if (ProseText.nextAmountWanStart(text, from, from, to) >= 0) {
            ProseText.Span whole = new ProseText.Span(from, to);
            for (ProseText.Span clause : ProseText.clauses(text, whole)) {
                for (ProseText.Span part : ProseText.parts(text, clause)) {
                    int a = ProseText.nextAmountWanStart(text, part.start(), part.start(), part.end());
                    if (a >= 0) {
                        add(out, FactExtractor.subjectWords(text, part.start(), a));
                    }
                }
            }
            return out;
        }
        // cut at 、；; (an empty piece adds nothing, so a split's dropping of trailing ones does not matter)
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isItemSeparator(text.charAt(i))) {
                addWithoutEtc(out, text, start, i);
                start = i + 1;
            }
        }
        return out;
    }

    /** {@code withoutEtc(text.substring(from, to).strip())}, when not empty, added to {@code out}: copied once. */
    private static void addWithoutEtc(List<String> out, String text, int from, int to) {
        while (from < to && Texts.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to && isLineTerminator(text.charAt(to - 1))) {
            add(out, withoutEtc(text.substring(from, to))); // (only NEL is left by strip: not a space)
            return;
        }
        if (from < to && text.charAt(to - 1) == '等') {
            to--;
        }
        if (from < to) {
            out.add(text.substring(from, to));
        }
    }

    private static boolean isLineTerminator(char c) {
        return "\n\r\u0085\u2028\u2029".indexOf(c) >= 0;
    }

    /** A character of {@link #ITEM_SEPARATOR}; compared one by one, as this runs for every character of a list. */
    private static boolean isItemSeparator(char c) {
        return c == '、' || c == '；' || c == ';';
    }

    /** Where {@link #INCLUDES} (包括[：:]) first matches, or -1. */
    static int includes(String s) {
        return includes(s, 0);
    }

    /** Where {@link #INCLUDES} first matches from index {@code from} on, or -1. */
    static int includes(String s, int from) {
        for (int i = s.indexOf("包括", from); i >= 0; i = s.indexOf("包括", i + 1)) {
            if (i + 2 < s.length() && (s.charAt(i + 2) == '：' || s.charAt(i + 2) == ':')) {
                return i;
            }
        }
        return -1;
    }

    /** {@link #AMOUNT_AND_COMMA} ({@code \s*AMOUNT\s*万元[，,]?}) replaced by nothing wherever it matches. */
    static String withoutAmounts(String s) {
        ProseText.AmountWan a = ProseText.nextAmountWan(s, 0);
        if (a == null) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int copied = 0;
        for (; a != null; a = ProseText.nextAmountWan(s, copied)) {
            int start = a.start();
            while (start > copied && ProseText.isRegexSpace(s.charAt(start - 1))) {
                start--;
            }
            int end = a.end() < s.length() && (s.charAt(a.end()) == '，' || s.charAt(a.end()) == ',') ? a.end() + 1 : a.end();
            b.append(s, copied, start);
            copied = end;
        }
        return b.append(s, copied, s.length()).toString();
    }

    /** {@link #ETC_END} (等$) taken off; a text ending in a line terminator, where $ also matches before it, through the pattern. */
    static String withoutEtc(String item) {
        if (!item.isEmpty() && "\n\r\u0085\u2028\u2029".indexOf(item.charAt(item.length() - 1)) >= 0) {
            return ETC_END.matcher(item).replaceFirst("");
        }
        return item.endsWith("等") ? item.substring(0, item.length() - 1) : item;
    }

    private static void add(List<String> out, String item) {
        if (!item.isEmpty()) {
            out.add(item);
        }
    }
}

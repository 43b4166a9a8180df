package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Subject;

/**
 * The clause grammar of part 3. A paragraph is cut into sentences (。), clauses (；) and parts (，、).
 * A part that names something and states a figure starts a new figure:
 * <pre>
 *   一般公共预算 1,229.70 万元            subject + amount
 *   …行政运行（项）：2026年预算数为610.96万元   subject + amount
 *   因公出国（境）费用增加 0.00 万元       subject + change
 *   政府性基金预算未安排                  subject + 未安排
 * </pre>
 * and the parts after it add to that figure: {@code 占 X%}, {@code 比上年预算增加|减少 X 万元},
 * {@code 增长|下降 Y%}, {@code 持平}. {@code 主要原因是…} and {@code 主要用于…} take the rest of the clause,
 * commas included, so a reason ends at the next “；” or “。”. A part with a figure but no subject adds to
 * the figure before it in the paragraph (“…增长 4.22%。主要原因是…” still belongs to it).
 *
 * <p>The phrases are written down as patterns below, and they are the specification; but they are matched
 * by hand (see {@link #changeAmount} and the methods after it), since searching every part of every
 * paragraph with them was most of the time it took to read part 3. {@code PhraseMatchersTest} holds the
 * hand matchers to the patterns over many generated texts.
 */
final class FactExtractor {

    private static final String CHANGE_LEAD =
            "(?:(?:比|较|与)(?:上年|上一年|上年度|\\d{4}年)(?:度)?(?:预算)?(?:数)?(?:相比)?|同比)?";

    static final Pattern CHANGE_AMOUNT =
            Pattern.compile(CHANGE_LEAD + "\\s*(增加|减少|增长|下降)了?\\s*(" + ProseText.AMOUNT + ")\\s*万元");

    static final Pattern CHANGE_PERCENT =
            Pattern.compile("(增长|下降|增加|减少|增幅|降幅)(?:了|为)?\\s*" + ProseText.PERCENT);

    static final Pattern FLAT = Pattern.compile(CHANGE_LEAD + "\\s*(?:基本)?持平");

    static final Pattern SHARE = Pattern.compile("占[^，,；;。%％\\d]{0,30}?" + ProseText.PERCENT);

    private static final String NOT_ARRANGED = "未安排";

    /** Subject words that only say when: “本年度”, “2026年”. */
    static final Pattern TIME_ONLY = Pattern.compile("^(?:本|今|当|\\d{4})?年度?$");

    static final Pattern REASON =
            Pattern.compile("^(?:主要原因(?:是|为|系)?|原因(?:是|为|系)|主要(?:是)?(?:由于|因为))[：:]?\\s*");

    static final Pattern PURPOSE = Pattern.compile("^(?:主要)?用于[：:]?\\s*");

    static final Pattern LEAD_NOISE =
            Pattern.compile("^(?:其中[：:]?|\\d{1,2}\\s*[.、．](?!\\d)\\s*|[（(](?:[一二三四五六七八九十]+|\\d{1,2})[)）]\\s*)+");

    static final Pattern TAIL_NOISE = Pattern.compile(
            "[：:，,]?\\s*(?:\\d{4}\\s*年度?)?的?(?:预算数|预算金额|预算额|金额|数额|数)?(?:为|是|达)?[：:]?$");

    /** Every character a {@link #TAIL_NOISE} match can hold (the spaces of \s and the digits of \d included). */
    private static final String TAIL_NOISE_CHARS = "：:，,为是达的年度预算数金额 \t\n\u000B\f\r0123456789";

    /**
     * Every character a {@link #TAIL_NOISE} match that is not empty can end in: a colon or comma, a
     * space, 年 or 度 of the year, 的, the last character of an amount word (数, 额), a link (为是达).
     */
    private static final String TAIL_NOISE_ENDS = "：:，,为是达的年度数额 \t\n\u000B\f\r";

    static final Pattern YEAR_LEAD = Pattern.compile("^.*?\\d{4}\\s*年度?的?");

    private FactExtractor() {
    }

    /** Every figure stated in the paragraph, in printed order. */
    static List<StatedFigure> figures(ProseParagraph p, int section, ReadContext ctx) {
        return figures(p, section, ctx, null);
    }

    /**
     * {@link #figures(ProseParagraph, int, ReadContext)} reading with {@code reading}'s builders (made here
     * when null): a reader of many paragraphs makes them once, not once for each paragraph with a figure.
     */
    static List<StatedFigure> figures(ProseParagraph p, int section, ReadContext ctx, Figures reading) {
        Figures out = read(p, section, ctx, reading);
        return out == null ? List.of() : out.list();
    }

    /**
     * Reads the figures of the paragraph into {@code reading} (made here when null and a figure is found),
     * which is returned (or null): they are there until the next reading, as {@link Figures#count} builders.
     */
    private static Figures read(ProseParagraph p, int section, ReadContext ctx, Figures reading) {
        String text = p.text();
        int n = text.length();
        // One pass over the paragraph cuts it into clauses (at every clause end and sentence end, as
        // ProseText.sentences then ProseText.clauses would) and each clause into parts (as ProseText.parts
        // would), and gathers each part's words (see #wordAt): the characters that start the words are
        // neither spaces nor cuts, and the ones they are compared with after that are none either. A part
        // is read where it lies in the paragraph, and only when its words say it may state something.
        //
        // Only the figure stated last can still change (a later part, reason or purpose adds to it, never
        // to one before it), so the figures before it are built as soon as another starts, and one builder
        // and one part reading serve the whole paragraph.
        Figures out = reading;
        if (out != null) {
            out.clear();
        }
        boolean open = false; // whether the clause's parts add to the last figure; a clause starts with none
        int from = 0;
        int words = 0;
        for (int i = nextStop(text, 0, n); i <= n; i = nextStop(text, i + 1, n)) {
            boolean clauseEnds = i == n;
            if (!clauseEnds) {
                char c = text.charAt(i);
                clauseEnds = ProseText.isSentenceEnd(c) || ProseText.isClauseEnd(c);
                if (!clauseEnds && !ProseText.isPartCut(text, i)) {
                    words |= wordAt(text, i);
                    continue;
                }
            }
            int partWords = words;
            words = 0;
            int start = stripStart(text, from, i);
            int stop = stripEnd(text, start, i);
            from = i + 1;
            boolean mayBeTail = start < stop && startsAsReasonOrPurpose(text.charAt(start));
            if (start < stop && (mayBeTail || statesFigure(partWords))) {
                int reasonEnd = mayBeTail ? reasonEnd(text, start, stop) : -1;
                int tailEnd = reasonEnd >= 0 ? reasonEnd : mayBeTail ? purposeEnd(text, start, stop) : -1;
                if (tailEnd >= 0) {
                    // a reason or purpose takes the rest of the clause, commas included
                    int clauseEnd = clauseEnds ? i : clauseEnd(text, i + 1);
                    if (out == null || !out.hasLast()) {
                        orphan(section, text.substring(start, stop), p.lineAt(start), ctx);
                    } else {
                        int a = stripStart(text, tailEnd, clauseEnd);
                        String rest = text.substring(a, stripEnd(text, a, clauseEnd));
                        if (reasonEnd >= 0) {
                            out.last().reason = rest;
                        } else {
                            out.last().purpose = rest;
                        }
                    }
                    i = clauseEnd;
                    from = clauseEnd + 1;
                    clauseEnds = true;
                } else {
                    if (out == null) {
                        out = new Figures();
                    }
                    PartReading r = out.reading;
                    r.read(text, start, stop, partWords);
                    if (r.hasFigure()) {
                        String subject = subjectWords(text, r.subjectStart, r.subjectEnd);
                        if (!subject.isEmpty()) {
                            out.start(subject, p.lineAt(start));
                            open = true;
                        } else if (out.hasLast()) {
                            open = true;
                        }
                        if (open) {
                            out.last().apply(r);
                        } else {
                            orphan(section, text.substring(start, stop), p.lineAt(start), ctx);
                        }
                    }
                }
            }
            if (clauseEnds) {
                open = false;
            }
        }
        return out;
    }

    /**
     * The figures of one paragraph as they are read, a builder each: those done, and the last one, which
     * the parts after it may still add to. One may serve the paragraphs of one reading, one after another
     * (each {@link #list} or {@link #read} starts afresh); it is no more thread-safe than a list.
     */
    static final class Figures {
        /** What each part states, read into the same object part after part. */
        final PartReading reading = new PartReading();
        /**
         * The figures of the paragraph read last, {@link #count} of them, the last still open: builders kept
         * from paragraph to paragraph, so a reader that takes the figures straight from them
         * ({@link #read}) makes no StatedFigure or list for them.
         */
        private Builder[] figures = new Builder[4];
        private int count;

        boolean hasLast() {
            return count > 0;
        }

        Builder last() {
            return figures[count - 1];
        }

        /** A new figure of {@code words}: the last one before it is done. */
        void start(String words, int line) {
            if (count == figures.length) {
                figures = java.util.Arrays.copyOf(figures, 2 * count);
            }
            Builder b = figures[count];
            if (b == null) {
                b = new Builder();
                figures[count] = b;
            }
            b.reset(words, line);
            count++;
        }

        /**
         * Reads the figures of the paragraph, the last reading's forgotten, and tells how many there are: each
         * is then {@link #figure}{@code (i)}, until the next reading.
         */
        int read(ProseParagraph p, int section, ReadContext ctx) {
            clear();
            FactExtractor.read(p, section, ctx, this);
            return count;
        }

        /** The {@code i}th figure of the last {@link #read}. */
        Figure figure(int i) {
            return figures[i];
        }

        /** The paragraph's figures; the reading starts afresh. */
        List<StatedFigure> list() {
            List<StatedFigure> out = switch (count) {
                case 0 -> List.of();
                case 1 -> List.of(figures[0].build());
                default -> {
                    List<StatedFigure> all = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        all.add(figures[i].build());
                    }
                    yield all;
                }
            };
            clear();
            return out;
        }

        /** No figures, none started. */
        void clear() {
            count = 0;
        }
    }

    /** A figure as read, before its subject is resolved: what {@link StatedFigure} holds, without a copy of it. */
    interface Figure {

        /** The subject as printed; see {@link StatedFigure#words}. */
        String words();

        /** The file line the subject was printed on. */
        int line();

        /** The fact this figure states of {@code subject}, in {@code section}, at {@code at}; its change (if any) at the same place. */
        Fact fact(int section, Subject subject, SourceRef at);
    }

    /** The first clause or sentence end at or after {@code i}, or the end of the text. */
    private static int clauseEnd(String text, int i) {
        int n = text.length();
        while (i < n && !ProseText.isSentenceEnd(text.charAt(i)) && !ProseText.isClauseEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * What the paragraph loop stops at: the clause and sentence ends, where {@link ProseText#isPartCut} may
     * cut, and where a word of {@link #wordAt} starts. A set of chars, one bit each (8 KB, read only): one
     * look-up tells, for every character of the prose, whether the loop has anything to do there.
     */
    private static final long[] STOPS = charSet("；;" + ProseText.SENTENCE_END + "，、,（(万%％持未增减下降占");

    private static long[] charSet(String chars) {
        long[] set = new long[(Character.MAX_VALUE + 1) / 64];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            set[c >>> 6] |= 1L << c;
        }
        return set;
    }

    /**
     * The first position at or after {@code i} whose character is in {@link #STOPS}, or {@code n} (or
     * {@code i} when it is past {@code n}): a small loop of its own, which the compiler makes tighter than
     * the paragraph loop with all it does at a stop.
     */
    private static int nextStop(String text, int i, int n) {
        while (i < n) {
            char c = text.charAt(i);
            if ((STOPS[c >>> 6] >>> c & 1) != 0) {
                return i;
            }
            i++;
        }
        return i;
    }

    /**
     * Where {@link #REASON} matched at the start of {@code s} ends, or -1: 主要原因[是为系]?, 原因[是为系] or
     * 主要是?(由于|因为), then an optional colon and spaces.
     */
    static int reasonEnd(String s) {
        return reasonEnd(s, 0, s.length());
    }

    /** {@link #reasonEnd(String)} of {@code s[from, to)}, as an offset in {@code s}. */
    static int reasonEnd(String s, int from, int to) {
        int i;
        if (has(s, "主要原因", from, to)) {
            i = from + 4;
            if (i < to && isOneOf(s.charAt(i), "是为系")) {
                i++;
            }
        } else if (has(s, "原因", from, to) && to - from > 2 && isOneOf(s.charAt(from + 2), "是为系")) {
            i = from + 3;
        } else if (has(s, "主要", from, to)) {
            i = has(s, "是", from + 2, to) && (has(s, "由于", from + 3, to) || has(s, "因为", from + 3, to)) ? from + 3 : from + 2;
            if (!has(s, "由于", i, to) && !has(s, "因为", i, to)) {
                return -1;
            }
            i += 2;
        } else {
            return -1;
        }
        return colonAndSpaces(s, i, to);
    }

    /** Where {@link #PURPOSE} matched at the start of {@code s} ends, or -1: (主要)?用于, an optional colon and spaces. */
    static int purposeEnd(String s) {
        return purposeEnd(s, 0, s.length());
    }

    /** {@link #purposeEnd(String)} of {@code s[from, to)}, as an offset in {@code s}. */
    static int purposeEnd(String s, int from, int to) {
        int i = has(s, "主要", from, to) ? from + 2 : from;
        if (!has(s, "用于", i, to)) {
            return -1;
        }
        return colonAndSpaces(s, i + 2, to);
    }

    /** True when {@code word} stands at {@code i} and ends by {@code to}. */
    private static boolean has(String s, String word, int i, int to) {
        return i + word.length() <= to && s.startsWith(word, i);
    }

    /** After {@code [：:]?\s*} at {@code i}. */
    private static int colonAndSpaces(String s, int i, int to) {
        if (i < to && (s.charAt(i) == '：' || s.charAt(i) == ':')) {
            i++;
        }
        return ProseText.skipSpaces(s, i, to);
    }

    private static boolean isOneOf(char c, String chars) {
        return chars.indexOf(c) >= 0;
    }

    /** {@link #REASON} and {@link #PURPOSE} start with 主, 原 or 用: a cheap test before the patterns. */
    private static boolean startsAsReasonOrPurpose(char c) {
        return c == '主' || c == '原' || c == '用';
    }

    private static void orphan(int section, String part, int line, ReadContext ctx) {
        ctx.notice("READ-FACT-ORPHAN", "第" + section + "节“" + part + "”说明了数字，但前面没有可归属的项目。", line);
    }

    /**
     * What one comma-separated part states, its subject by offsets in the paragraph. Mutable: one
     * serves all the parts of a paragraph, each {@link #read} starting afresh.
     */
    private static final class PartReading {
        Money amount;
        boolean notArranged;
        BigDecimal share;
        Direction direction;
        Money changeAmount;
        BigDecimal changePercent;
        int subjectStart;
        int subjectEnd;

        boolean hasFigure() {
            return amount != null || notArranged || share != null || direction != null;
        }

        /** Reads the part {@code s[from, to)}, whose words ({@link #wordAt}) are given. */
        void read(String s, int from, int to, int words) {
            amount = null;
            notArranged = false;
            share = null;
            direction = null;
            changeAmount = null;
            changePercent = null;
            subjectStart = from;
            subjectEnd = to;
            if (!statesFigure(words)) {
                return; // what the searches below would find
            }
            int end = to;
            int changeFrom = -1;
            int changeTo = -1;
            // most parts state no figure at all: each phrase is only looked for where the word it ends in occurs
            boolean wan = (words & WAN) != 0;
            boolean percent = (words & PERCENT) != 0;
            boolean change = (wan || percent) && (words & CHANGE) != 0;
            Phrase f = wan && change ? changeAmount(s, from, to) : null;
            if (f != null) {
                direction = direction(s, f.word());
                changeAmount = ProseText.money(s, f.numberStart(), f.numberEnd());
                changeFrom = f.start();
                changeTo = f.end();
                end = Math.min(end, f.start());
            }
            f = percent && (change || (words & GROWTH) != 0) ? changePercent(s, from, to) : null;
            if (f != null && !(f.start() >= changeFrom && f.start() < changeTo)) {
                if (direction == null) {
                    direction = direction(s, f.word());
                }
                changePercent = ProseText.percent(s, f.numberStart(), f.numberEnd());
                end = Math.min(end, f.start());
            }
            int flat = (words & FLAT_WORD) != 0 ? flatStart(s, from, to) : -1;
            if (flat >= 0 && direction == null) {
                direction = Direction.FLAT;
                end = Math.min(end, flat);
            }
            int shareFrom = -1;
            int shareTo = -1;
            f = percent && (words & SHARE_WORD) != 0 ? share(s, from, to) : null;
            if (f != null) {
                share = ProseText.percent(s, f.numberStart(), f.numberEnd());
                shareFrom = f.start();
                shareTo = f.end();
                end = Math.min(end, f.start());
            }
            for (int a = wan ? ProseText.nextAmountWanStart(s, from, from, to) : -1; a >= 0;
                 a = ProseText.nextAmountWanStart(s, from, ProseText.amountWanEnd(s, a, to), to)) {
                boolean insideChange = a >= changeFrom && a < changeTo;
                boolean insideShare = a >= shareFrom && a < shareTo;
                if (!insideChange && !insideShare) {
                    amount = ProseText.money(s, a, ProseText.numberEnd(s, a, to));
                    end = Math.min(end, a);
                    break;
                }
            }
            int start = from;
            // searched only in a part that holds the word: the search would otherwise run on to the paragraph's end
            int na = amount == null && (words & NOT_ARRANGED_WORD) != 0 ? s.indexOf(NOT_ARRANGED, from) : -1;
            if (na >= 0 && na + NOT_ARRANGED.length() <= to) {
                notArranged = true;
                end = Math.min(end, na);
                int after = na + NOT_ARRANGED.length();
                // “本年度未安排政府性基金预算”: the subject follows when nothing but a time precedes
                if (isTimeOnly(subjectWords(s, from, end)) && after < to) {
                    start = after;
                    end = to;
                }
            }
            subjectStart = start;
            subjectEnd = end;
        }
    }

    /**
     * True when {@link #TIME_ONLY} takes all of {@code t} off (so also for an empty {@code t}): 本, 今, 当 or
     * four digits if any, then 年, then 度 if any, and nothing after. (A final line terminator, before which
     * {@code $} also matches, would be left over, so {@code $} is the end here.)
     */
    static boolean isTimeOnly(String t) {
        int n = t.length();
        if (n == 0) {
            return true;
        }
        char c = t.charAt(0);
        int i = 0;
        if (c == '本' || c == '今' || c == '当') {
            i = 1;
        } else if (n >= 4 && ProseText.isDigit(c) && ProseText.isDigit(t.charAt(1)) && ProseText.isDigit(t.charAt(2))
                && ProseText.isDigit(t.charAt(3))) {
            i = 4;
        }
        if (i >= n || t.charAt(i) != '年') {
            return false; // without the lead 年 would have to come first, where the lead's character stands
        }
        i++;
        if (i < n && t.charAt(i) == '度') {
            i++;
        }
        return i == n;
    }

    private static final int WAN = 1;               // 万元
    private static final int PERCENT = 2;           // % or ％
    private static final int FLAT_WORD = 4;         // 持平
    private static final int NOT_ARRANGED_WORD = 8; // 未安排
    private static final int CHANGE = 16;          // 增加 减少 增长 下降
    private static final int GROWTH = 32;          // 增幅 降幅
    private static final int SHARE_WORD = 64;      // 占

    /** False when a part with these words ({@link #wordAt}) states no figure: {@link PartReading#read} finds none in it. */
    private static boolean statesFigure(int words) {
        return (words & (WAN | PERCENT | FLAT_WORD | NOT_ARRANGED_WORD)) != 0;
    }

    /**
     * The bit of the word {@link PartReading#read} looks for that starts at {@code s[i]}, 0 for none; a part's
     * words are the bits of all its characters, found in one pass rather than a search each.
     */
    private static int wordAt(String s, int i) {
        char c = s.charAt(i);
        char d = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        return switch (c) {
            case '万' -> d == '元' ? WAN : 0;
            case '%', '％' -> PERCENT;
            case '持' -> d == '平' ? FLAT_WORD : 0;
            case '未' -> d == '安' && i + 2 < s.length() && s.charAt(i + 2) == '排' ? NOT_ARRANGED_WORD : 0;
            case '增' -> d == '加' || d == '长' ? CHANGE : d == '幅' ? GROWTH : 0;
            case '减' -> d == '少' ? CHANGE : 0;
            case '下' -> d == '降' ? CHANGE : 0;
            case '降' -> d == '幅' ? GROWTH : 0;
            case '占' -> SHARE_WORD;
            default -> 0;
        };
    }

    /*
     * The phrases of a figure, matched by hand where patterns did it before (they searched every part of
     * every paragraph, and were most of the reading time of part 3). Each finds what the pattern's
     * find() found: the leftmost match, and in it what the pattern's order of trying would take.
     */

    /** A phrase found: its offsets, its direction word and its number. */
    record Found(int start, int end, String word, String number) {
    }

    /**
     * A phrase found in a part, by offsets in its paragraph: the match, where its direction word starts
     * (-1 for none) and its number.
     */
    record Phrase(int start, int end, int word, int numberStart, int numberEnd) {

        Found found(String s) {
            return new Found(start, end, word < 0 ? null : s.substring(word, word + 2), s.substring(numberStart, numberEnd));
        }
    }

    /**
     * {@code CHANGE_LEAD \s*(增加|减少|增长|下降)了?\s*(AMOUNT)\s*万元}: a change in 万元, with the lead
     * (“比上年”) that precedes it included in the match.
     */
    static Found changeAmount(String s) {
        Phrase f = changeAmount(s, 0, s.length());
        return f == null ? null : f.found(s);
    }

    /*
     * Each matcher below finds in s[from, to) what the pattern finds in that part as a text of its own
     * (a matcher's region with opaque bounds): nothing before from or after to is looked at.
     */

    static Phrase changeAmount(String s, int from, int to) {
        for (int w = nextWord(s, from, to, false); w >= 0; w = nextWord(s, w + 1, to, false)) {
            int p = w + 2;
            if (p < to && s.charAt(p) == '了') {
                p++;
            }
            p = ProseText.skipSpaces(s, p, to);
            int k = p;
            while (k < to && isNumberChar(s.charAt(k))) {
                k++;
            }
            if (k == p || !ProseText.isAmount(s, p, k)) {
                continue;
            }
            int j = ProseText.skipSpaces(s, k, to);
            if (!has(s, "万元", j, to)) {
                continue;
            }
            return new Phrase(leadStart(s, from, spacesBefore(s, from, w)), j + 2, w, p, k);
        }
        return null;
    }

    /** {@code (增长|下降|增加|减少|增幅|降幅)(?:了|为)?\s*PERCENT}: a change in per cent. */
    static Found changePercent(String s) {
        Phrase f = changePercent(s, 0, s.length());
        return f == null ? null : f.found(s);
    }

    static Phrase changePercent(String s, int from, int to) {
        for (int w = nextWord(s, from, to, true); w >= 0; w = nextWord(s, w + 1, to, true)) {
            int p = w + 2;
            if (p < to && (s.charAt(p) == '了' || s.charAt(p) == '为')) {
                p++;
            }
            p = ProseText.skipSpaces(s, p, to);
            int e = ProseText.percentAt(s, p, to);
            if (e >= 0) {
                return new Phrase(w, e, w, p, ProseText.percentNumberEnd(s, p, e));
            }
        }
        return null;
    }

    /** The start of {@code CHANGE_LEAD \s*(?:基本)?持平} at the first 持平, or -1. */
    static int flatStart(String s) {
        return flatStart(s, 0, s.length());
    }

    static int flatStart(String s, int from, int to) {
        int f = s.indexOf("持平", from);
        if (f < 0 || f + 2 > to) {
            return -1;
        }
        int g = f - 2 >= from && s.startsWith("基本", f - 2) ? f - 2 : f;
        return leadStart(s, from, spacesBefore(s, from, g));
    }

    /**
     * {@code 占[^，,；;。%％\d]{0,30}?PERCENT}: a share. The characters between 占 and the number cannot be
     * digits, so the number is the first digit's, within 30 characters and before any of the marks.
     */
    static Found share(String s) {
        Phrase f = share(s, 0, s.length());
        return f == null ? null : f.found(s);
    }

    static Phrase share(String s, int from, int to) {
        for (int z = s.indexOf('占', from); z >= 0 && z < to; z = s.indexOf('占', z + 1)) {
            int p = z + 1;
            while (p < to && p - (z + 1) <= 30 && !ProseText.isDigit(s.charAt(p)) && "，,；;。%％".indexOf(s.charAt(p)) < 0) {
                p++;
            }
            if (p >= to || p - (z + 1) > 30 || !ProseText.isDigit(s.charAt(p))) {
                continue;
            }
            int e = ProseText.percentAt(s, p, to);
            if (e >= 0) {
                return new Phrase(z, e, -1, p, ProseText.percentNumberEnd(s, p, e));
            }
        }
        return null;
    }

    /**
     * The next position in {@code [from, to)} where a change word starts: 增加 减少 增长 下降, and with
     * {@code percent} also 增幅 降幅.
     */
    private static int nextWord(String s, int from, int to, boolean percent) {
        for (int i = from; i + 1 < to; i++) {
            char c = s.charAt(i);
            char d = s.charAt(i + 1);
            boolean word = switch (c) {
                case '增' -> d == '加' || d == '长' || percent && d == '幅';
                case '减' -> d == '少';
                case '下' -> d == '降';
                case '降' -> percent && d == '幅';
                default -> false;
            };
            if (word) {
                return i;
            }
        }
        return -1;
    }

    /** The start of the run of {@code \s} that ends at {@code i}, not before {@code from}. */
    private static int spacesBefore(String s, int from, int i) {
        while (i > from && ProseText.isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The leftmost start (not before {@code from}) of a {@link #CHANGE_LEAD} that ends at {@code j}, or
     * {@code j} when none does. A lead is at most 12 characters long (比 + 4 digits and 年 + 度预算数相比).
     */
    private static int leadStart(String s, int from, int j) {
        for (int i = Math.max(from, j - 12); i < j; i++) {
            if (isLead(s, i, j)) {
                return i;
            }
        }
        return j;
    }

    /** True when {@code s[i, j)} is a whole {@link #CHANGE_LEAD}: 同比, or 比|较|与, a year, then 度 预算 数 相比 each if present. */
    private static boolean isLead(String s, int i, int j) {
        if (j - i == 2 && s.startsWith("同比", i)) {
            return true;
        }
        char c = s.charAt(i);
        if (c != '比' && c != '较' && c != '与') {
            return false;
        }
        int p = i + 1;
        // the year alternatives; each is tried, as the pattern would on backtracking
        for (int q : new int[] {startsAt(s, p, j, "上年"), startsAt(s, p, j, "上一年"), startsAt(s, p, j, "上年度"), yearAt(s, p, j)}) {
            if (q >= 0 && leadTailEnds(s, q, j)) {
                return true;
            }
        }
        return false;
    }

    /** After {@code word} at {@code p} (within {@code j}), or -1. */
    private static int startsAt(String s, int p, int j, String word) {
        return p + word.length() <= j && s.startsWith(word, p) ? p + word.length() : -1;
    }

    /** After {@code \d{4}年} at {@code p} (within {@code j}), or -1. */
    private static int yearAt(String s, int p, int j) {
        if (p + 5 > j) {
            return -1;
        }
        for (int k = p; k < p + 4; k++) {
            if (!ProseText.isDigit(s.charAt(k))) {
                return -1;
            }
        }
        return s.charAt(p + 4) == '年' ? p + 5 : -1;
    }

    /** True when {@code (?:度)?(?:预算)?(?:数)?(?:相比)?} takes {@code s[q, j)} whole (its words start differently, so greedily). */
    private static boolean leadTailEnds(String s, int q, int j) {
        for (String w : LEAD_TAIL) {
            int e = startsAt(s, q, j, w);
            if (e >= 0) {
                q = e;
            }
        }
        return q == j;
    }

    private static final String[] LEAD_TAIL = {"度", "预算", "数", "相比"};

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',';
    }

    /** The direction of the change word at {@code word}. */
    private static Direction direction(String s, int word) {
        return s.charAt(word) == '增' ? Direction.INCREASE : Direction.DECREASE;
    }

    /**
     * The subject as printed, with what surrounds it in the sentence taken off: “1.”, “其中：”,
     * “…包括：”, the department and year lead-in (“昌吉市人民政府办公室2026年”) and the words before the
     * amount (“：2026年预算数为”, “数为”).
     */
    static String subjectWords(String s) {
        return subjectWords(s, 0, s.length());
    }

    /**
     * {@link #subjectWords(String)} of {@code s[from, to)}: each step narrows the offsets, and only the
     * words found are copied out (the steps are the same as on a copy of the part).
     */
    static String subjectWords(String s, int from, int to) {
        int a = stripStart(s, from, to);
        int b = stripEnd(s, a, to);
        if (a < b && isLineTerminator(s.charAt(b - 1))) {
            // $ also matches before a final line terminator: taken off through the pattern, on a copy
            String t = withoutTailNoise(s.substring(a, b));
            return subjectWordsAfterTail(t, 0, t.length());
        }
        return subjectWordsAfterTail(s, a, tailNoiseStart(s, a, b));
    }

    /** The steps of {@link #subjectWords} after the tail noise is off: {@code t[a, b)} is what is left. */
    private static String subjectWordsAfterTail(String t, int a, int b) {
        int colon = lastColon(t, a, b);
        if (colon >= 0 && colon < b - 1) {
            a = colon + 1;
        }
        a = stripStart(t, a, b);
        b = stripEnd(t, a, b);
        if (mayStartWithLeadNoise(t, a, b)) {
            a = leadNoiseEnd(t, a, b);
        }
        if (indexOf(t, '年', a, b) >= 0) {
            int y = yearLeadEnd(t, a, b);
            if (y >= 0 && y < b) {
                a = y;
            }
        }
        a = stripStart(t, a, b);
        b = stripEnd(t, a, b);
        return t.substring(a, b);
    }

    /** What {@link String#strip} takes off the start of {@code s[from, to)}: the first offset it keeps. */
    private static int stripStart(String s, int from, int to) {
        while (from < to && Texts.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** What {@link String#strip} takes off the end of {@code s[from, to)}: the offset after the last it keeps. */
    private static int stripEnd(String s, int from, int to) {
        while (to > from && Texts.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The last ：or : in {@code s[from, to)}, or -1. */
    private static int lastColon(String s, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '：' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i < to ? i : -1;
    }

    /**
     * Where {@link #YEAR_LEAD} ({@code ^.*?\d{4}\s*年度?的?}) matches, or -1: at the first four digits
     * followed by spaces and 年, before which no line terminator stands (the dot does not take one).
     */
    static int yearLeadEnd(String t) {
        return yearLeadEnd(t, 0, t.length());
    }

    /** {@link #yearLeadEnd(String)} of {@code t[from, to)}, as an offset in {@code t}. */
    private static int yearLeadEnd(String t, int from, int to) {
        for (int k = from; k + 4 < to; k++) {
            if (k > from && isLineTerminator(t.charAt(k - 1))) {
                return -1;
            }
            if (ProseText.isDigit(t.charAt(k)) && ProseText.isDigit(t.charAt(k + 1)) && ProseText.isDigit(t.charAt(k + 2))
                    && ProseText.isDigit(t.charAt(k + 3))) {
                int p = ProseText.skipSpaces(t, k + 4, to);
                if (p < to && t.charAt(p) == '年') {
                    int e = p + 1;
                    if (e < to && t.charAt(e) == '度') {
                        e++;
                    }
                    if (e < to && t.charAt(e) == '的') {
                        e++;
                    }
                    return e;
                }
            }
        }
        return -1;
    }

    /** The characters a pattern's {@code .} and {@code $} take for line terminators. */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@code t} without its {@link #TAIL_NOISE}. Everything in that pattern is optional, so a plain
     * search tries it at every position of the text; but a match is made only of {@link #TAIL_NOISE_CHARS}
     * and ends at the end, so the search starts after the last character that is none of them. A text
     * ending in a line terminator (before which {@code $} also matches) is searched whole, by the pattern.
     */
    static String withoutTailNoise(String t) {
        if (!t.isEmpty() && isLineTerminator(t.charAt(t.length() - 1))) {
            Matcher m = TAIL_NOISE.matcher(t);
            return m.find() ? t.substring(0, m.start()) + t.substring(m.end()) : t;
        }
        int start = tailNoiseStart(t, 0, t.length());
        return start == t.length() ? t : t.substring(0, start);
    }

    /**
     * Where the {@link #TAIL_NOISE} of {@code t[from, to)} starts ({@code to} for none), for a text that
     * does not end in a line terminator: the first position from which the rest is tail noise.
     */
    private static int tailNoiseStart(String t, int from, int to) {
        if (from == to || TAIL_NOISE_ENDS.indexOf(t.charAt(to - 1)) < 0) {
            return to; // most subjects (“一般公共预算”) end in none of them: only the empty match is left
        }
        int i = to;
        while (i > from && TAIL_NOISE_CHARS.indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        for (; i < to; i++) {
            if (isTailNoise(t, i, to)) {
                return i;
            }
        }
        return to;
    }

    /**
     * True when {@code t[i, end)} is {@link #TAIL_NOISE} whole:
     * {@code [：:，,]? \s* (\d{4}\s*年度?)? 的? (预算数|预算金额|预算额|金额|数额|数)? (为|是|达)? [：:]?}, each
     * optional part tried with and without, as the pattern would on backtracking.
     */
    private static boolean isTailNoise(String t, int i, int end) {
        return i < end && "：:，,".indexOf(t.charAt(i)) >= 0 && tailFromSpaces(t, i + 1, end) || tailFromSpaces(t, i, end);
    }

    private static boolean tailFromSpaces(String t, int i, int end) {
        // nothing after the spaces can start with a space: they are all taken
        int j = ProseText.skipSpaces(t, i, end);
        int y = tailYear(t, j, end);
        return y >= 0 && (has(t, "度", y, end) && tailFromDe(t, y + 1, end) || tailFromDe(t, y, end)) || tailFromDe(t, j, end);
    }

    /** After {@code \d{4}\s*年} at {@code j}, or -1. */
    private static int tailYear(String t, int j, int end) {
        if (j + 4 > end) {
            return -1;
        }
        for (int k = j; k < j + 4; k++) {
            if (!ProseText.isDigit(t.charAt(k))) {
                return -1;
            }
        }
        int p = ProseText.skipSpaces(t, j + 4, end);
        return has(t, "年", p, end) ? p + 1 : -1;
    }

    private static boolean tailFromDe(String t, int j, int end) {
        return has(t, "的", j, end) && tailFromAmountWord(t, j + 1, end) || tailFromAmountWord(t, j, end);
    }

    private static final String[] TAIL_AMOUNT_WORDS = {"预算数", "预算金额", "预算额", "金额", "数额", "数"};
    private static final String[] TAIL_LINKS = {"为", "是", "达"};

    private static boolean tailFromAmountWord(String t, int j, int end) {
        for (String w : TAIL_AMOUNT_WORDS) {
            if (has(t, w, j, end) && tailFromLink(t, j + w.length(), end)) {
                return true;
            }
        }
        return tailFromLink(t, j, end);
    }

    private static boolean tailFromLink(String t, int j, int end) {
        for (String w : TAIL_LINKS) {
            if (has(t, w, j, end) && tailFromColon(t, j + 1, end)) {
                return true;
            }
        }
        return tailFromColon(t, j, end);
    }

    private static boolean tailFromColon(String t, int j, int end) {
        return j == end || j == end - 1 && (t.charAt(j) == '：' || t.charAt(j) == ':');
    }

    /**
     * Where {@link #LEAD_NOISE} matches at the start of {@code t} ends (0 for no match). Nothing follows
     * its repeated group, so the pattern takes, item after item, the first alternative that matches, each
     * as greedily as it goes: 其中[：:]?, \d{1,2}\s*[.、．](?!\d)\s*, [（(](numerals|\d{1,2})[)）]\s*.
     */
    static int leadNoiseEnd(String t) {
        return leadNoiseEnd(t, 0, t.length());
    }

    /** {@link #leadNoiseEnd(String)} of {@code t[from, to)}, as an offset in {@code t}. */
    private static int leadNoiseEnd(String t, int from, int to) {
        int i = from;
        while (true) {
            int next = leadNoiseItem(t, i, to);
            if (next < 0) {
                return i;
            }
            i = next;
        }
    }

    private static int leadNoiseItem(String t, int i, int n) {
        if (has(t, "其中", i, n)) {
            int e = i + 2;
            return e < n && (t.charAt(e) == '：' || t.charAt(e) == ':') ? e + 1 : e;
        }
        int d = digits(t, i, n, 2);
        if (d > i && !(d < n && ProseText.isDigit(t.charAt(d)))) {
            int p = ProseText.skipSpaces(t, d, n);
            if (p < n && ".、．".indexOf(t.charAt(p)) >= 0 && !(p + 1 < n && ProseText.isDigit(t.charAt(p + 1)))) {
                return ProseText.skipSpaces(t, p + 1, n);
            }
            return -1;
        }
        if (i < n && (t.charAt(i) == '（' || t.charAt(i) == '(')) {
            int p = i + 1;
            int numerals = p;
            while (numerals < n && "一二三四五六七八九十".indexOf(t.charAt(numerals)) >= 0) {
                numerals++;
            }
            int e = numerals > p ? numerals : digits(t, p, n, 2);
            if (e > p && !(e < n && ProseText.isDigit(t.charAt(e))) && e < n && (t.charAt(e) == ')' || t.charAt(e) == '）')) {
                return ProseText.skipSpaces(t, e + 1, n);
            }
        }
        return -1;
    }

    /** After up to {@code max} digits at {@code i}, within {@code n}. */
    private static int digits(String t, int i, int n, int max) {
        int e = i;
        while (e < n && e - i < max && ProseText.isDigit(t.charAt(e))) {
            e++;
        }
        return e;
    }

    /** {@link #LEAD_NOISE} starts with 其中, a digit or an opening bracket. */
    private static boolean mayStartWithLeadNoise(String t, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = t.charAt(from);
        return c == '其' || c >= '0' && c <= '9' || c == '（' || c == '(';
    }

    /** The figure being read; reset for each new one, so one serves a paragraph. */
    private static final class Builder implements Figure {
        private String words;
        private int line;
        private Money amount;
        private boolean notArranged;
        private BigDecimal share;
        private Direction direction;
        private Money changeAmount;
        private BigDecimal changePercent;
        private String reason;
        private String purpose;

        void reset(String words, int line) {
            this.words = words;
            this.line = line;
            amount = null;
            notArranged = false;
            share = null;
            direction = null;
            changeAmount = null;
            changePercent = null;
            reason = null;
            purpose = null;
        }

        void apply(PartReading r) {
            if (amount == null && r.amount != null) {
                amount = r.amount;
            }
            notArranged |= r.notArranged;
            if (share == null) {
                share = r.share;
            }
            if (direction == null) {
                direction = r.direction;
            }
            if (changeAmount == null) {
                changeAmount = r.changeAmount;
            }
            if (changePercent == null) {
                changePercent = r.changePercent;
            }
        }

        @Override
        public String words() {
            return words;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public Fact fact(int section, Subject subject, SourceRef at) {
            // as Facts.of(section, subject, build(), at) makes it: the change keeps its own place
            Change change = direction == null ? null : new Change(direction, changeAmount, changePercent, at);
            return new Fact(section, subject, amount, notArranged && amount == null, share, change, reason, purpose, at);
        }

        StatedFigure build() {
            Change change = direction == null ? null : new Change(direction, changeAmount, changePercent);
            return new StatedFigure(words, amount, notArranged && amount == null, share, change, reason, purpose, line);
        }
    }
}

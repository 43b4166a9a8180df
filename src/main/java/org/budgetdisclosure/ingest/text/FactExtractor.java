package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Money;

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
    private static final Pattern TIME_ONLY = Pattern.compile("^(?:本|今|当|\\d{4})?年度?$");

    static final Pattern REASON =
            Pattern.compile("^(?:主要原因(?:是|为|系)?|原因(?:是|为|系)|主要(?:是)?(?:由于|因为))[：:]?\\s*");

    static final Pattern PURPOSE = Pattern.compile("^(?:主要)?用于[：:]?\\s*");

    static final Pattern LEAD_NOISE =
            Pattern.compile("^(?:其中[：:]?|\\d{1,2}\\s*[.、．](?!\\d)\\s*|[（(](?:[一二三四五六七八九十]+|\\d{1,2})[)）]\\s*)+");

    static final Pattern TAIL_NOISE = Pattern.compile(
            "[：:，,]?\\s*(?:\\d{4}\\s*年度?)?的?(?:预算数|预算金额|预算额|金额|数额|数)?(?:为|是|达)?[：:]?$");

    /** Every character a {@link #TAIL_NOISE} match can hold (the spaces of \s and the digits of \d included). */
    private static final String TAIL_NOISE_CHARS = "：:，,为是达的年度预算数金额 \t\n\u000B\f\r0123456789";

    static final Pattern YEAR_LEAD = Pattern.compile("^.*?\\d{4}\\s*年度?的?");

    /** See {@link #mayStateFigures}. */
    private static final String[] FIGURE_WORDS = {"万元", "%", "％", "未安排", "持平", "原因", "由于", "因为", "用于"};

    private FactExtractor() {
    }

    /** Every figure stated in the paragraph, in printed order. */
    static List<StatedFigure> figures(ProseParagraph p, int section, ReadContext ctx) {
        List<Builder> out = new ArrayList<>();
        String text = p.text();
        // the characters once, as an array: the loops below look at each of them two or three times
        char[] cs = text.toCharArray();
        if (!mayStateFigures(text, cs)) {
            return new ArrayList<>();
        }
        // the sentences and their clauses, each trimmed and the empty ones left out, as ProseText.sentences
        // and ProseText.clauses cut them; walked here without building their lists, in one pass, since a
        // clause ends at every clause end and at every sentence end
        int n = cs.length;
        int clause = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n) {
                char c = cs[i];
                if ((CLAUSE_ENDS >>> c & 1) == 0 || !ProseText.isSentenceEnd(c) && !ProseText.isClauseEnd(c)) {
                    continue;
                }
            }
            int start = clause;
            int end = i;
            while (start < end && Texts.isWhitespace(cs[start])) {
                start++;
            }
            while (end > start && Texts.isWhitespace(cs[end - 1])) {
                end--;
            }
            if (start < end) {
                readClause(p, cs, start, end, out, section, ctx);
            }
            clause = i + 1;
        }
        List<StatedFigure> figures = new ArrayList<>();
        for (Builder b : out) {
            figures.add(b.build());
        }
        return figures;
    }

    /**
     * False for a paragraph without any word a figure (万元, %, 未安排, 持平) or a reason or purpose
     * (原因, 由于, 因为, 用于) needs: nothing in it is read, so it is not cut into parts at all.
     */
    private static boolean mayStateFigures(String text, char[] cs) {
        // one pass for the words of FIGURE_WORDS, by their first characters
        int n = cs.length;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if ((FIGURE_WORD_STARTS >>> c & 1) == 0) {
                continue;
            }
            switch (c) {
                case '%', '％' -> {
                    return true;
                }
                case '万', '未', '持', '原', '由', '因', '用' -> {
                    for (String word : FIGURE_WORDS) {
                        if (text.startsWith(word, i)) {
                            return true;
                        }
                    }
                }
                default -> { }
            }
        }
        return false;
    }

    /*
     * Quick filters for the loops over every character of a paragraph: a character whose bit (its value
     * modulo 64, as a long shift takes it) is not set is none of the characters a loop stops at.
     */

    private static long bits(String chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            m |= 1L << chars.charAt(i);
        }
        return m;
    }

    /** The first characters of {@link #FIGURE_WORDS}. */
    private static final long FIGURE_WORD_STARTS = bits("%％万未持原由因用");

    /** The clause and sentence ends. */
    private static final long CLAUSE_ENDS = bits("；;" + ProseText.SENTENCE_END);

    /** What the part loop stops at: where {@link ProseText#isPartCut} may cut, and where a word of {@link #wordAt} starts. */
    private static final long PART_STOPS = bits("，、,（(万%％持未增减下降占");

    /** The clause {@code text[clauseStart, clauseEnd)}, trimmed and not empty, read part by part; {@code cs} holds the text's characters. */
    private static void readClause(ProseParagraph p, char[] cs, int clauseStart, int clauseEnd, List<Builder> out, int section,
                                   ReadContext ctx) {
        String text = p.text();
        Builder current = null;
        // the parts as ProseText.parts cuts them, walked here without building their list; a part is
        // only copied out of the paragraph when it may state something
        // the words of each part (see #wordAt) are gathered in the same pass: the characters that start them
        // are neither spaces nor cuts, and the ones they are compared with after that are none either
        int end = clauseEnd;
        int from = clauseStart;
        int words = 0;
        for (int i = from; i <= end; i++) {
            if (i < end) {
                if ((PART_STOPS >>> cs[i] & 1) == 0) {
                    continue; // neither a cut nor the start of a word
                }
                if (!ProseText.isPartCut(text, i)) {
                    words |= wordAt(cs, i);
                    continue;
                }
            }
            int partWords = words;
            words = 0;
            int start = from;
            int stop = i;
            from = i + 1;
            while (start < stop && Texts.isWhitespace(cs[start])) {
                start++;
            }
            while (stop > start && Texts.isWhitespace(cs[stop - 1])) {
                stop--;
            }
            if (start >= stop) {
                continue;
            }
            boolean mayBeTail = startsAsReasonOrPurpose(cs[start]);
            if (!mayBeTail && !statesFigure(partWords)) {
                continue; // what readPart would find: no figure
            }
            String s = text.substring(start, stop);
            int reasonEnd = mayBeTail ? reasonEnd(s) : -1;
            boolean reason = reasonEnd >= 0;
            int tailEnd = reason ? reasonEnd : mayBeTail ? purposeEnd(s) : -1;
            if (tailEnd >= 0) {
                Builder target = current != null ? current : last(out);
                String rest = text.substring(start + tailEnd, clauseEnd).strip();
                if (target == null) {
                    orphan(section, s, p.lineAt(start), ctx);
                } else if (reason) {
                    target.reason = rest;
                } else {
                    target.purpose = rest;
                }
                return;
            }
            PartReading r = readPart(s, partWords);
            if (!r.hasFigure()) {
                continue;
            }
            String subject = subjectWords(s.substring(r.subjectStart(), r.subjectEnd()));
            if (!subject.isEmpty()) {
                current = new Builder(subject, p.lineAt(start));
                out.add(current);
            } else if (current == null) {
                current = last(out);
                if (current == null) {
                    orphan(section, s, p.lineAt(start), ctx);
                    continue;
                }
            }
            current.apply(r);
        }
    }

    /**
     * Where {@link #REASON} matched at the start of {@code s} ends, or -1: 主要原因[是为系]?, 原因[是为系] or
     * 主要是?(由于|因为), then an optional colon and spaces.
     */
    static int reasonEnd(String s) {
        int i;
        if (s.startsWith("主要原因")) {
            i = 4;
            if (i < s.length() && isOneOf(s.charAt(i), "是为系")) {
                i++;
            }
        } else if (s.startsWith("原因") && s.length() > 2 && isOneOf(s.charAt(2), "是为系")) {
            i = 3;
        } else if (s.startsWith("主要")) {
            i = s.startsWith("是", 2) && (s.startsWith("由于", 3) || s.startsWith("因为", 3)) ? 3 : 2;
            if (!s.startsWith("由于", i) && !s.startsWith("因为", i)) {
                return -1;
            }
            i += 2;
        } else {
            return -1;
        }
        return colonAndSpaces(s, i);
    }

    /** Where {@link #PURPOSE} matched at the start of {@code s} ends, or -1: (主要)?用于, an optional colon and spaces. */
    static int purposeEnd(String s) {
        int i = s.startsWith("主要") ? 2 : 0;
        if (!s.startsWith("用于", i)) {
            return -1;
        }
        return colonAndSpaces(s, i + 2);
    }

    /** After {@code [：:]?\s*} at {@code i}. */
    private static int colonAndSpaces(String s, int i) {
        if (i < s.length() && (s.charAt(i) == '：' || s.charAt(i) == ':')) {
            i++;
        }
        return ProseText.skipSpaces(s, i);
    }

    private static boolean isOneOf(char c, String chars) {
        return chars.indexOf(c) >= 0;
    }

    /** {@link #REASON} and {@link #PURPOSE} start with 主, 原 or 用: a cheap test before the patterns. */
    private static boolean startsAsReasonOrPurpose(char c) {
        return c == '主' || c == '原' || c == '用';
    }

    private static Builder last(List<Builder> out) {
        return out.isEmpty() ? null : out.get(out.size() - 1);
    }

    private static void orphan(int section, String part, int line, ReadContext ctx) {
        ctx.notice("READ-FACT-ORPHAN", "第" + section + "节“" + part + "”说明了数字，但前面没有可归属的项目。", line);
    }

    /** What one comma-separated part states. */
    private record PartReading(Money amount, boolean notArranged, BigDecimal share, Direction direction,
                               Money changeAmount, BigDecimal changePercent, int subjectStart, int subjectEnd) {

        boolean hasFigure() {
            return amount != null || notArranged || share != null || direction != null;
        }
    }

    /** What the part {@code s}, whose words ({@link #wordAt}) are given, states. */
    private static PartReading readPart(String s, int words) {
        int end = s.length();
        Direction direction = null;
        Money changeAmount = null;
        BigDecimal changePercent = null;
        int changeFrom = -1;
        int changeTo = -1;
        // most parts state no figure at all: each phrase is only looked for where the word it ends in occurs
        boolean wan = (words & WAN) != 0;
        boolean percent = (words & PERCENT) != 0;
        if (!statesFigure(words)) {
            return new PartReading(null, false, null, null, null, null, 0, end); // what the searches below would find
        }
        boolean change = (wan || percent) && (words & CHANGE) != 0;
        Found f = wan && change ? changeAmount(s) : null;
        if (f != null) {
            direction = direction(f.word());
            changeAmount = Money.of(f.number());
            changeFrom = f.start();
            changeTo = f.end();
            end = Math.min(end, f.start());
        }
        f = percent && (change || (words & GROWTH) != 0) ? changePercent(s) : null;
        if (f != null && !(f.start() >= changeFrom && f.start() < changeTo)) {
            if (direction == null) {
                direction = direction(f.word());
            }
            changePercent = ProseText.percent(f.number());
            end = Math.min(end, f.start());
        }
        int flat = (words & FLAT_WORD) != 0 ? flatStart(s) : -1;
        if (flat >= 0 && direction == null) {
            direction = Direction.FLAT;
            end = Math.min(end, flat);
        }
        BigDecimal share = null;
        int shareFrom = -1;
        int shareTo = -1;
        f = percent && (words & SHARE_WORD) != 0 ? share(s) : null;
        if (f != null) {
            share = ProseText.percent(f.number());
            shareFrom = f.start();
            shareTo = f.end();
            end = Math.min(end, f.start());
        }
        Money amount = null;
        for (ProseText.AmountWan a = wan ? ProseText.nextAmountWan(s, 0) : null; a != null; a = ProseText.nextAmountWan(s, a.end())) {
            boolean insideChange = a.start() >= changeFrom && a.start() < changeTo;
            boolean insideShare = a.start() >= shareFrom && a.start() < shareTo;
            if (!insideChange && !insideShare) {
                amount = Money.of(a.number(s));
                end = Math.min(end, a.start());
                break;
            }
        }
        boolean notArranged = false;
        int start = 0;
        int na = amount == null ? s.indexOf(NOT_ARRANGED) : -1;
        if (na >= 0) {
            notArranged = true;
            end = Math.min(end, na);
            int after = na + NOT_ARRANGED.length();
            // “本年度未安排政府性基金预算”: the subject follows when nothing but a time precedes
            if (TIME_ONLY.matcher(subjectWords(s.substring(0, end))).replaceFirst("").isEmpty() && after < s.length()) {
                start = after;
                end = s.length();
            }
        }
        return new PartReading(amount, notArranged, share, direction, changeAmount, changePercent, start, end);
    }

    private static final int WAN = 1;               // 万元
    private static final int PERCENT = 2;           // % or ％
    private static final int FLAT_WORD = 4;         // 持平
    private static final int NOT_ARRANGED_WORD = 8; // 未安排
    private static final int CHANGE = 16;          // 增加 减少 增长 下降
    private static final int GROWTH = 32;          // 增幅 降幅
    private static final int SHARE_WORD = 64;      // 占

    /** False when a part with these words ({@link #wordAt}) states no figure: {@link #readPart} finds none in it. */
    private static boolean statesFigure(int words) {
        return (words & (WAN | PERCENT | FLAT_WORD | NOT_ARRANGED_WORD)) != 0;
    }

    /**
     * The bit of the word {@link #readPart} looks for that starts at {@code s[i]}, 0 for none; a part's
     * words are the bits of all its characters, found in one pass rather than a search each.
     */
    private static int wordAt(char[] s, int i) {
        char c = s[i];
        char d = i + 1 < s.length ? s[i + 1] : 0;
        return switch (c) {
            case '万' -> d == '元' ? WAN : 0;
            case '%', '％' -> PERCENT;
            case '持' -> d == '平' ? FLAT_WORD : 0;
            case '未' -> d == '安' && i + 2 < s.length && s[i + 2] == '排' ? NOT_ARRANGED_WORD : 0;
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
     * {@code CHANGE_LEAD \s*(增加|减少|增长|下降)了?\s*(AMOUNT)\s*万元}: a change in 万元, with the lead
     * (“比上年”) that precedes it included in the match.
     */
    static Found changeAmount(String s) {
        int n = s.length();
        for (int w = nextWord(s, 0, false); w >= 0; w = nextWord(s, w + 1, false)) {
            int p = w + 2;
            if (p < n && s.charAt(p) == '了') {
                p++;
            }
            p = ProseText.skipSpaces(s, p);
            int k = p;
            while (k < n && isNumberChar(s.charAt(k))) {
                k++;
            }
            if (k == p || !ProseText.isAmount(s, p, k)) {
                continue;
            }
            int j = ProseText.skipSpaces(s, k);
            if (!s.startsWith("万元", j)) {
                continue;
            }
            return new Found(leadStart(s, spacesBefore(s, w)), j + 2, s.substring(w, w + 2), s.substring(p, k));
        }
        return null;
    }

    /** {@code (增长|下降|增加|减少|增幅|降幅)(?:了|为)?\s*PERCENT}: a change in per cent. */
    static Found changePercent(String s) {
        int n = s.length();
        int[] numberEnd = new int[1];
        for (int w = nextWord(s, 0, true); w >= 0; w = nextWord(s, w + 1, true)) {
            int p = w + 2;
            if (p < n && (s.charAt(p) == '了' || s.charAt(p) == '为')) {
                p++;
            }
            p = ProseText.skipSpaces(s, p);
            int e = ProseText.percentAt(s, p, numberEnd);
            if (e >= 0) {
                return new Found(w, e, s.substring(w, w + 2), s.substring(p, numberEnd[0]));
            }
        }
        return null;
    }

    /** The start of {@code CHANGE_LEAD \s*(?:基本)?持平} at the first 持平, or -1. */
    static int flatStart(String s) {
        int f = s.indexOf("持平");
        if (f < 0) {
            return -1;
        }
        int g = f >= 2 && s.startsWith("基本", f - 2) ? f - 2 : f;
        return leadStart(s, spacesBefore(s, g));
    }

    /**
     * {@code 占[^，,；;。%％\d]{0,30}?PERCENT}: a share. The characters between 占 and the number cannot be
     * digits, so the number is the first digit's, within 30 characters and before any of the marks.
     */
    static Found share(String s) {
        int n = s.length();
        int[] numberEnd = new int[1];
        for (int z = s.indexOf('占'); z >= 0; z = s.indexOf('占', z + 1)) {
            int p = z + 1;
            while (p < n && p - (z + 1) <= 30 && !ProseText.isDigit(s.charAt(p)) && "，,；;。%％".indexOf(s.charAt(p)) < 0) {
                p++;
            }
            if (p >= n || p - (z + 1) > 30 || !ProseText.isDigit(s.charAt(p))) {
                continue;
            }
            int e = ProseText.percentAt(s, p, numberEnd);
            if (e >= 0) {
                return new Found(z, e, null, s.substring(p, numberEnd[0]));
            }
        }
        return null;
    }

    /**
     * The next position at or after {@code from} where a change word starts: 增加 减少 增长 下降, and with
     * {@code percent} also 增幅 降幅.
     */
    private static int nextWord(String s, int from, boolean percent) {
        for (int i = from; i + 1 < s.length(); i++) {
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

    /** The start of the run of {@code \s} that ends at {@code i}. */
    private static int spacesBefore(String s, int i) {
        while (i > 0 && ProseText.isRegexSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * The leftmost start of a {@link #CHANGE_LEAD} that ends at {@code j}, or {@code j} when none does. A
     * lead is at most 12 characters long (比 + 4 digits and 年 + 度预算数相比).
     */
    private static int leadStart(String s, int j) {
        for (int i = Math.max(0, j - 12); i < j; i++) {
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

    private static Direction direction(String word) {
        return word.startsWith("增") ? Direction.INCREASE : Direction.DECREASE;
    }

    /**
     * The subject as printed, with what surrounds it in the sentence taken off: “1.”, “其中：”,
     * “…包括：”, the department and year lead-in (“昌吉市人民政府办公室2026年”) and the words before the
     * amount (“：2026年预算数为”, “数为”).
     */
    static String subjectWords(String s) {
        String t = withoutTailNoise(s.strip());
        int colon = Math.max(t.lastIndexOf('：'), t.lastIndexOf(':'));
        if (colon >= 0 && colon < t.length() - 1) {
            t = t.substring(colon + 1);
        }
        t = t.strip();
        if (mayStartWithLeadNoise(t)) {
            t = t.substring(leadNoiseEnd(t));
        }
        if (t.indexOf('年') >= 0) {
            int y = yearLeadEnd(t);
            if (y >= 0 && y < t.length()) {
                t = t.substring(y);
            }
        }
        return t.strip();
    }

    /**
     * Where {@link #YEAR_LEAD} ({@code ^.*?\d{4}\s*年度?的?}) matches, or -1: at the first four digits
     * followed by spaces and 年, before which no line terminator stands (the dot does not take one).
     */
    static int yearLeadEnd(String t) {
        int n = t.length();
        for (int k = 0; k + 4 < n; k++) {
            if (k > 0 && isLineTerminator(t.charAt(k - 1))) {
                return -1;
            }
            if (ProseText.isDigit(t.charAt(k)) && ProseText.isDigit(t.charAt(k + 1)) && ProseText.isDigit(t.charAt(k + 2))
                    && ProseText.isDigit(t.charAt(k + 3))) {
                int p = ProseText.skipSpaces(t, k + 4);
                if (p < n && t.charAt(p) == '年') {
                    int e = p + 1;
                    if (e < n && t.charAt(e) == '度') {
                        e++;
                    }
                    if (e < n && t.charAt(e) == '的') {
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
     * ending in a line terminator (before which {@code $} also matches) is searched whole.
     */
    static String withoutTailNoise(String t) {
        int from = t.length();
        while (from > 0 && TAIL_NOISE_CHARS.indexOf(t.charAt(from - 1)) >= 0) {
            from--;
        }
        if (from == t.length() && !t.isEmpty() && "\u0085\u2028\u2029".indexOf(t.charAt(t.length() - 1)) >= 0) {
            from = 0;
        }
        if (from == t.length()) {
            return t; // only the empty match at the end: nothing to take off
        }
        if (isLineTerminator(t.charAt(t.length() - 1))) {
            Matcher m = TAIL_NOISE.matcher(t).region(from, t.length());
            return m.find() ? t.substring(0, m.start()) + t.substring(m.end()) : t;
        }
        // $ is the end: the match is the first position from which the rest is tail noise, by hand
        for (int i = from; i < t.length(); i++) {
            if (isTailNoise(t, i)) {
                return t.substring(0, i);
            }
        }
        return t;
    }

    /**
     * True when {@code t[i, end)} is {@link #TAIL_NOISE} whole:
     * {@code [：:，,]? \s* (\d{4}\s*年度?)? 的? (预算数|预算金额|预算额|金额|数额|数)? (为|是|达)? [：:]?}, each
     * optional part tried with and without, as the pattern would on backtracking.
     */
    private static boolean isTailNoise(String t, int i) {
        return i < t.length() && "：:，,".indexOf(t.charAt(i)) >= 0 && tailFromSpaces(t, i + 1) || tailFromSpaces(t, i);
    }

    private static boolean tailFromSpaces(String t, int i) {
        // nothing after the spaces can start with a space: they are all taken
        int j = ProseText.skipSpaces(t, i);
        int y = tailYear(t, j);
        return y >= 0 && (t.startsWith("度", y) && tailFromDe(t, y + 1) || tailFromDe(t, y)) || tailFromDe(t, j);
    }

    /** After {@code \d{4}\s*年} at {@code j}, or -1. */
    private static int tailYear(String t, int j) {
        if (j + 4 > t.length()) {
            return -1;
        }
        for (int k = j; k < j + 4; k++) {
            if (!ProseText.isDigit(t.charAt(k))) {
                return -1;
            }
        }
        int p = ProseText.skipSpaces(t, j + 4);
        return t.startsWith("年", p) ? p + 1 : -1;
    }

    private static boolean tailFromDe(String t, int j) {
        return t.startsWith("的", j) && tailFromAmountWord(t, j + 1) || tailFromAmountWord(t, j);
    }

    private static final String[] TAIL_AMOUNT_WORDS = {"预算数", "预算金额", "预算额", "金额", "数额", "数"};
    private static final String[] TAIL_LINKS = {"为", "是", "达"};

    private static boolean tailFromAmountWord(String t, int j) {
        for (String w : TAIL_AMOUNT_WORDS) {
            if (t.startsWith(w, j) && tailFromLink(t, j + w.length())) {
                return true;
            }
        }
        return tailFromLink(t, j);
    }

    private static boolean tailFromLink(String t, int j) {
        for (String w : TAIL_LINKS) {
            if (t.startsWith(w, j) && tailFromColon(t, j + 1)) {
                return true;
            }
        }
        return tailFromColon(t, j);
    }

    private static boolean tailFromColon(String t, int j) {
        return j == t.length() || j == t.length() - 1 && (t.charAt(j) == '：' || t.charAt(j) == ':');
    }

    /**
     * Where {@link #LEAD_NOISE} matches at the start of {@code t} ends (0 for no match). Nothing follows
     * its repeated group, so the pattern takes, item after item, the first alternative that matches, each
     * as greedily as it goes: 其中[：:]?, \d{1,2}\s*[.、．](?!\d)\s*, [（(](numerals|\d{1,2})[)）]\s*.
     */
    static int leadNoiseEnd(String t) {
        int i = 0;
        while (true) {
            int next = leadNoiseItem(t, i);
            if (next < 0) {
                return i;
            }
            i = next;
        }
    }

    private static int leadNoiseItem(String t, int i) {
        int n = t.length();
        if (t.startsWith("其中", i)) {
            int e = i + 2;
            return e < n && (t.charAt(e) == '：' || t.charAt(e) == ':') ? e + 1 : e;
        }
        int d = digits(t, i, 2);
        if (d > i && !(d < n && ProseText.isDigit(t.charAt(d)))) {
            int p = ProseText.skipSpaces(t, d);
            if (p < n && ".、．".indexOf(t.charAt(p)) >= 0 && !(p + 1 < n && ProseText.isDigit(t.charAt(p + 1)))) {
                return ProseText.skipSpaces(t, p + 1);
            }
            return -1;
        }
        if (i < n && (t.charAt(i) == '（' || t.charAt(i) == '(')) {
            int p = i + 1;
            int numerals = p;
            while (numerals < n && "一二三四五六七八九十".indexOf(t.charAt(numerals)) >= 0) {
                numerals++;
            }
            int e = numerals > p ? numerals : digits(t, p, 2);
            if (e > p && !(e < n && ProseText.isDigit(t.charAt(e))) && e < n && (t.charAt(e) == ')' || t.charAt(e) == '）')) {
                return ProseText.skipSpaces(t, e + 1);
            }
        }
        return -1;
    }

    /** After up to {@code max} digits at {@code i}. */
    private static int digits(String t, int i, int max) {
        int e = i;
        while (e < t.length() && e - i < max && ProseText.isDigit(t.charAt(e))) {
            e++;
        }
        return e;
    }

    /** {@link #LEAD_NOISE} starts with 其中, a digit or an opening bracket. */
    private static boolean mayStartWithLeadNoise(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        return c == '其' || c >= '0' && c <= '9' || c == '（' || c == '(';
    }

    private static final class Builder {
        private final String words;
        private final int line;
        private Money amount;
        private boolean notArranged;
        private BigDecimal share;
        private Direction direction;
        private Money changeAmount;
        private BigDecimal changePercent;
        private String reason;
        private String purpose;

        Builder(String words, int line) {
            this.words = words;
            this.line = line;
        }

        void apply(PartReading r) {
            if (amount == null && r.amount() != null) {
                amount = r.amount();
            }
            notArranged |= r.notArranged();
            if (share == null) {
                share = r.share();
            }
            if (direction == null) {
                direction = r.direction();
            }
            if (changeAmount == null) {
                changeAmount = r.changeAmount();
            }
            if (changePercent == null) {
                changePercent = r.changePercent();
            }
        }

        StatedFigure build() {
            Change change = direction == null ? null : new Change(direction, changeAmount, changePercent);
            return new StatedFigure(words, amount, notArranged && amount == null, share, change, reason, purpose, line);
        }
    }
}

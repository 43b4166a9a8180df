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
 */
final class FactExtractor {

    private static final String CHANGE_LEAD =
            "(?:(?:比|较|与)(?:上年|上一年|上年度|\\d{4}年)(?:度)?(?:预算)?(?:数)?(?:相比)?|同比)?";

    private static final Pattern CHANGE_AMOUNT =
            Pattern.compile(CHANGE_LEAD + "\\s*(增加|减少|增长|下降)了?\\s*(" + ProseText.AMOUNT + ")\\s*万元");

    private static final Pattern CHANGE_PERCENT =
            Pattern.compile("(增长|下降|增加|减少|增幅|降幅)(?:了|为)?\\s*" + ProseText.PERCENT);

    private static final Pattern FLAT = Pattern.compile(CHANGE_LEAD + "\\s*(?:基本)?持平");

    private static final Pattern SHARE = Pattern.compile("占[^，,；;。%％\\d]{0,30}?" + ProseText.PERCENT);

    private static final String NOT_ARRANGED = "未安排";

    /** Subject words that only say when: “本年度”, “2026年”. */
    private static final Pattern TIME_ONLY = Pattern.compile("^(?:本|今|当|\\d{4})?年度?$");

    private static final Pattern REASON =
            Pattern.compile("^(?:主要原因(?:是|为|系)?|原因(?:是|为|系)|主要(?:是)?(?:由于|因为))[：:]?\\s*");

    private static final Pattern PURPOSE = Pattern.compile("^(?:主要)?用于[：:]?\\s*");

    private static final Pattern LEAD_NOISE =
            Pattern.compile("^(?:其中[：:]?|\\d{1,2}\\s*[.、．](?!\\d)\\s*|[（(](?:[一二三四五六七八九十]+|\\d{1,2})[)）]\\s*)+");

    private static final Pattern TAIL_NOISE = Pattern.compile(
            "[：:，,]?\\s*(?:\\d{4}\\s*年度?)?的?(?:预算数|预算金额|预算额|金额|数额|数)?(?:为|是|达)?[：:]?$");

    /** Every character a {@link #TAIL_NOISE} match can hold (the spaces of \s and the digits of \d included). */
    private static final String TAIL_NOISE_CHARS = "：:，,为是达的年度预算数金额 \t\n\u000B\f\r0123456789";

    private static final Pattern YEAR_LEAD = Pattern.compile("^.*?\\d{4}\\s*年度?的?");

    /** See {@link #mayStateFigures}. */
    private static final String[] FIGURE_WORDS = {"万元", "%", "％", "未安排", "持平", "原因", "由于", "因为", "用于"};

    private FactExtractor() {
    }

    /** Every figure stated in the paragraph, in printed order. */
    static List<StatedFigure> figures(ProseParagraph p, int section, ReadContext ctx) {
        List<Builder> out = new ArrayList<>();
        String text = p.text();
        if (!mayStateFigures(text)) {
            return new ArrayList<>();
        }
        for (ProseText.Span sentence : ProseText.sentences(text, p.whole())) {
            for (ProseText.Span clause : ProseText.clauses(text, sentence)) {
                readClause(p, clause, out, section, ctx);
            }
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
    private static boolean mayStateFigures(String text) {
        for (String word : FIGURE_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static void readClause(ProseParagraph p, ProseText.Span clause, List<Builder> out, int section, ReadContext ctx) {
        String text = p.text();
        Builder current = null;
        for (ProseText.Span part : ProseText.parts(text, clause)) {
            String s = part.of(text);
            Matcher tail = startsAsReasonOrPurpose(s) ? REASON.matcher(s) : null;
            boolean reason = tail != null && tail.lookingAt();
            if (tail != null && !reason) {
                tail = PURPOSE.matcher(s);
            }
            if (reason || tail != null && tail.lookingAt()) {
                Builder target = current != null ? current : last(out);
                String rest = text.substring(part.start() + tail.end(), clause.end()).strip();
                if (target == null) {
                    orphan(section, s, p.lineAt(part.start()), ctx);
                } else if (reason) {
                    target.reason = rest;
                } else {
                    target.purpose = rest;
                }
                return;
            }
            PartReading r = readPart(s);
            if (!r.hasFigure()) {
                continue;
            }
            String words = subjectWords(s.substring(r.subjectStart(), r.subjectEnd()));
            if (!words.isEmpty()) {
                current = new Builder(words, p.lineAt(part.start()));
                out.add(current);
            } else if (current == null) {
                current = last(out);
                if (current == null) {
                    orphan(section, s, p.lineAt(part.start()), ctx);
                    continue;
                }
            }
            current.apply(r);
        }
    }

    /** {@link #REASON} and {@link #PURPOSE} start with 主, 原 or 用: a cheap test before the patterns. */
    private static boolean startsAsReasonOrPurpose(String s) {
        char c = s.isEmpty() ? 0 : s.charAt(0);
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

    private static PartReading readPart(String s) {
        int end = s.length();
        Direction direction = null;
        Money changeAmount = null;
        BigDecimal changePercent = null;
        int changeFrom = -1;
        int changeTo = -1;
        // most parts state no figure at all: each pattern is only searched where the word it ends in occurs
        boolean wan = s.contains("万元");
        boolean percent = s.indexOf('%') >= 0 || s.indexOf('％') >= 0;
        if (!wan && !percent && !s.contains("持平") && !s.contains(NOT_ARRANGED)) {
            return new PartReading(null, false, null, null, null, null, 0, end); // what the searches below would find
        }
        boolean change = (wan || percent) && (s.contains("增加") || s.contains("减少") || s.contains("增长") || s.contains("下降"));
        Matcher m = find(CHANGE_AMOUNT, s, wan && change);
        if (m != null) {
            direction = direction(m.group(1));
            changeAmount = Money.of(m.group(2));
            changeFrom = m.start();
            changeTo = m.end();
            end = Math.min(end, m.start());
        }
        m = find(CHANGE_PERCENT, s, percent && (change || s.contains("增幅") || s.contains("降幅")));
        if (m != null && !(m.start() >= changeFrom && m.start() < changeTo)) {
            if (direction == null) {
                direction = direction(m.group(1));
            }
            changePercent = ProseText.percent(m.group(2));
            end = Math.min(end, m.start());
        }
        m = find(FLAT, s, s.contains("持平"));
        if (m != null && direction == null) {
            direction = Direction.FLAT;
            end = Math.min(end, m.start());
        }
        BigDecimal share = null;
        int shareFrom = -1;
        int shareTo = -1;
        m = find(SHARE, s, percent && s.indexOf('占') >= 0);
        if (m != null) {
            share = ProseText.percent(m.group(1));
            shareFrom = m.start();
            shareTo = m.end();
            end = Math.min(end, m.start());
        }
        Money amount = null;
        m = wan ? ProseText.AMOUNT_WAN.matcher(s) : null;
        for (int from = 0; m != null && ProseText.findAmountWan(m, s, from); from = m.end()) {
            boolean insideChange = m.start() >= changeFrom && m.start() < changeTo;
            boolean insideShare = m.start() >= shareFrom && m.start() < shareTo;
            if (!insideChange && !insideShare) {
                amount = Money.of(m.group(1));
                end = Math.min(end, m.start());
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

    /** The first match of {@code p} in {@code s}, or null; {@code possible} false spares the search. */
    private static Matcher find(Pattern p, String s, boolean possible) {
        if (!possible) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m : null;
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
            t = LEAD_NOISE.matcher(t).replaceFirst("");
        }
        if (t.indexOf('年') >= 0) {
            Matcher y = YEAR_LEAD.matcher(t);
            if (y.find() && y.end() < t.length()) {
                t = t.substring(y.end());
            }
        }
        return t.strip();
    }

    /**
     * {@code t} without its {@link #TAIL_NOISE}. Everything in that pattern is optional, so a plain
     * search tries it at every position of the text; but a match is made only of {@link #TAIL_NOISE_CHARS}
     * and ends at the end, so the search starts after the last character that is none of them. A text
     * ending in a line terminator (before which {@code $} also matches) is searched whole.
     */
    private static String withoutTailNoise(String t) {
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
        Matcher m = TAIL_NOISE.matcher(t).region(from, t.length());
        return m.find() ? t.substring(0, m.start()) + t.substring(m.end()) : t;
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

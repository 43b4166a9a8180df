package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;

/**
 * Cuts part 3 into its thirteen numbered sections. A section heading is a line “一、关于…说明”,
 * at any heading level or none (the sample has {@code ####}, {@code ##}, {@code ###} and a space after
 * “、” in some); its number is its Chinese numeral. Numbers only go up, so a numbered sentence inside
 * a section (“一、…”) is not taken for a heading once its number has been passed.
 */
final class SectionSplitter {

    /** How many sections the national format has. */
    static final int SECTIONS = 13;

    /** The standard titles, to name a missing section (index = number − 1). */
    static final List<String> STANDARD_TITLES = List.of(
            "收支预算情况总体说明",
            "收入预算情况说明",
            "支出预算情况说明",
            "财政拨款收支预算情况的总体说明",
            "一般公共预算当年拨款情况说明",
            "一般公共预算基本支出情况说明",
            "一般公共预算项目支出情况说明",
            "政府性基金预算拨款情况说明",
            "国有资本经营预算拨款情况说明",
            "财政拨款“三公”经费预算情况说明",
            "财政拨款委托业务费支出情况说明",
            "上年结转结余预算情况说明",
            "其他重要事项的情况说明");

    static final Pattern HEADING = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*(.+)$");

    /** A section title is short; a longer “一、…” line is a sentence. */
    private static final int TITLE_MAX_CHARS = 60;

    /**
     * A section as cut out of part 3.
     *
     * @param number      1–13, from the heading's numeral
     * @param title       the heading without its numeral
     * @param headingLine the file line of the heading
     * @param paragraphs  the section's paragraphs in order
     */
    record RawSection(int number, String title, int headingLine, List<ProseParagraph> paragraphs) {

        RawSection {
            // a view, not a copy: the lists given are the joiner's own, which nothing else holds
            paragraphs = Collections.unmodifiableList(paragraphs);
        }
    }

    private SectionSplitter() {
    }

    static List<RawSection> split(List<SourceLine> part3, ReadContext ctx) {
        // one cleaner for every line of the part (its buffer grows to the longest line it meets), and each
        // section's lines handed on as a view of the part
        ProseCleaner cleaner = new ProseCleaner();
        List<RawSection> out = new ArrayList<>();
        int number = 0;
        String title = null;
        int headingLine = 0;
        int bodyFrom = 0;
        int preamble = 0;
        for (int i = 0; i < part3.size(); i++) { // indexed: part 3 is a view of the file's lines, no iterator
            SourceLine line = part3.get(i);
            Found m = heading(line, cleaner);
            int n = m == null ? 0 : m.number();
            if (n > number && n <= SECTIONS) {
                if (title != null) {
                    out.add(new RawSection(number, title, headingLine, ParagraphJoiner.join(part3, bodyFrom, i, cleaner)));
                }
                number = n;
                title = m.title();
                headingLine = line.number();
                bodyFrom = i + 1;
            } else if (title == null && !line.isBlank() && preamble == 0) {
                preamble = line.number();
            }
        }
        if (title != null) {
            out.add(new RawSection(number, title, headingLine, ParagraphJoiner.join(part3, bodyFrom, part3.size(), cleaner)));
        }
        if (preamble > 0) {
            ctx.notice("READ-SECTION-PREAMBLE", "第三部分在第一个编号标题之前有文字，未归入任何一节。", preamble);
        }
        reportMissing(out, part3, ctx);
        return out;
    }

    private static void reportMissing(List<RawSection> sections, List<SourceLine> part3, ReadContext ctx) {
        boolean[] seen = new boolean[SECTIONS + 1];
        for (RawSection s : sections) {
            seen[s.number()] = true;
        }
        int where = part3.isEmpty() ? 0 : part3.get(0).number();
        for (int n = 1; n <= SECTIONS; n++) {
            if (!seen[n]) {
                ctx.warning("READ-SECTION-MISSING", "第三部分缺少第" + numeralOf(n) + "节“" + STANDARD_TITLES.get(n - 1) + "”。", where);
            }
        }
    }

    /** A section heading as {@link #split} takes it: the value of its numeral (0 for none) and its title, stripped. */
    private record Found(int number, String title) {
    }

    private static Found heading(SourceLine line, ProseCleaner cleaner) {
        if (line.isBlank() || line.isTabular() || !startsWithNumeral(line.text()) || line.listItem() || !mayBeHeading(line.text())) {
            return null;
        }
        String text = cleaner.clean(line.text());
        if (Heading.hasLineTerminator(text)) {
            Heading m = Heading.read(text); // the pattern's way, rare
            return m == null || !looksLikeTitle(line, m.title(), 0) ? null : new Found(numeral(m.numeral()), m.title().strip());
        }
        // read where it lies in the cleaned text: no strings for the numeral and the title before it is taken
        int at = Heading.titleStart(text);
        if (at < 0 || !looksLikeTitle(line, text, at)) {
            return null;
        }
        int from = at;
        int to = text.length();
        while (from < to && Texts.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Texts.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Found(numeral(text, 0, Heading.numeralsEnd(text)), text.substring(from, to));
    }

    /** Whether the title {@code text[at, end)} of a numbered line reads as a section title rather than a sentence. */
    private static boolean looksLikeTitle(SourceLine line, String text, int at) {
        int n = text.length();
        boolean looksLikeTitle = line.headingLevel() > 0 || text.startsWith("关于", at) || endsWith(text, at, "说明")
                || endsWith(text, at, "情况") || endsWith(text, at, "事项");
        return looksLikeTitle && n - at <= TITLE_MAX_CHARS;
    }

    /** {@code text.substring(at).endsWith(word)}, without the substring. */
    private static boolean endsWith(String text, int at, String word) {
        return text.length() - at >= word.length() && text.startsWith(word, text.length() - word.length());
    }

    /**
     * False when the line cannot clean into a heading: cleaning takes out the spaces next to Chinese
     * characters (the numerals among them) and changes no other character that could stand after the
     * numerals, so after the numerals and any spaces one of the marks 、.． must already stand. Lines
     * such as “一般公共预算…” are turned away here, not cleaned once for this and once as a paragraph.
     */
    private static boolean mayBeHeading(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isNumeral(c) && !Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                break;
            }
            i++;
        }
        return i < n && "、.．".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** A numbered heading: group 1 and group 2 of {@link #HEADING}. */
    record Heading(String numeral, String title) {

        /**
         * What {@link #HEADING} ({@code ^([一…十]{1,3})\s*[、.．]\s*(.+)$}) reads from the text, or null.
         * A text holding a line terminator goes through the pattern, whose dot and {@code $} treat them
         * specially.
         */
        static Heading read(String text) {
            if (hasLineTerminator(text)) {
                Matcher m = HEADING.matcher(text);
                return m.matches() ? new Heading(m.group(1), m.group(2)) : null;
            }
            int at = titleStart(text);
            return at < 0 ? null : new Heading(text.substring(0, numeralsEnd(text)), text.substring(at));
        }

        static boolean hasLineTerminator(String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        /** How many numerals the text starts with. */
        static int numeralsEnd(String text) {
            int r = 0;
            while (r < text.length() && isNumeral(text.charAt(r))) {
                r++;
            }
            return r;
        }

        /** Where group 2 (the title) starts in a text without line terminators, or -1 when the pattern does not match. */
        static int titleStart(String text) {
            int n = text.length();
            int r = numeralsEnd(text);
            if (r == 0 || r > 3) {
                return -1; // a fourth numeral stands where a space or the mark must
            }
            int q = ProseText.skipSpaces(text, r);
            if (q >= n || "、.．".indexOf(text.charAt(q)) < 0) {
                return -1;
            }
            int p = ProseText.skipSpaces(text, q + 1);
            if (p == n) {
                // the spaces give their last one back to the title, which needs a character
                return p > q + 1 ? p - 1 : -1;
            }
            return p;
        }
    }

    /**
     * Cleaning a line keeps its first visible character, so a line whose first one is no numeral is no
     * heading: most lines are turned away here without being cleaned and matched.
     */
    private static boolean startsWithNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u3000') {
                return "一二三四五六七八九十".indexOf(c) >= 0;
            }
        }
        return false;
    }

    /** 一 … 十九, 二十 …: the numerals section headings use. 0 when it is not one. */
    static int numeral(String s) {
        return numeral(s, 0, s.length());
    }

    /** {@link #numeral(String)} of {@code s[from, to)}. */
    static int numeral(String s, int from, int to) {
        String digits = "一二三四五六七八九";
        int length = to - from;
        int ten = s.indexOf('十', from);
        if (ten >= to) {
            ten = -1;
        }
        if (ten < 0) {
            return length == 1 ? digits.indexOf(s.charAt(from)) + 1 : 0;
        }
        ten -= from;
        int tens = ten == 0 ? 1 : (ten == 1 ? digits.indexOf(s.charAt(from)) + 1 : 0);
        int units = ten == length - 1 ? 0 : (ten == length - 2 ? digits.indexOf(s.charAt(from + ten + 1)) + 1 : -100);
        int n = tens * 10 + units;
        return tens > 0 && units >= 0 ? n : 0;
    }

    static String numeralOf(int n) {
        String digits = "一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10 - 1);
    }
}

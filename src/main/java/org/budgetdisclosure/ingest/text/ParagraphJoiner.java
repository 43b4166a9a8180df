package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the lines of a section into paragraphs. The conversion prints each paragraph on one line,
 * except where the PDF broke it across a page or column: then a line stops mid-sentence (“…共计10”)
 * and, after blank lines, the rest follows (“次。这些慰问活动…”). Such a line is glued to the next
 * unless the next plainly starts something new (a heading, a numbered item, a “标签：” field).
 */
final class ParagraphJoiner {

    /** A sub-heading: “（一）…”, “(一) …”. */
    static final Pattern SUB_HEADING = Pattern.compile("^[（(]\\s*[一二三四五六七八九十]+\\s*[)）]");

    /** A numbered item: “1. …”, “2、…”, but not an amount (“5 万元”) or a decimal (“4.8万元”). */
    static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[.、．](?!\\d)");

    /** A field label: “项目承担单位：…”, “资金执行时间：…”. */
    static final Pattern LABEL = Pattern.compile("^[\\u4e00-\\u9fa5（）()“”]{2,15}[：:]");

    /**
     * A line shorter than this that stops without a sentence end is a title or a label value
     * (“预算安排规模：87.74万元”), not a line the PDF wrapped: wrapped lines run the page width.
     */
    private static final int WRAP_MIN_CHARS = 20;

    private ParagraphJoiner() {
    }

    static List<ProseParagraph> join(List<SourceLine> lines) {
        return join(lines, new ProseCleaner());
    }

    /** {@link #join(List)}, cleaning the lines with the caller's cleaner. */
    static List<ProseParagraph> join(List<SourceLine> lines, ProseCleaner cleaner) {
        return join(lines, 0, lines.size(), cleaner);
    }

    /** {@link #join(List, ProseCleaner)} of {@code lines[from, to)}: a section's lines, without a view of them. */
    static List<ProseParagraph> join(List<SourceLine> lines, int from, int to, ProseCleaner cleaner) {
        List<ProseParagraph> out = new ArrayList<>((to - from) / 2 + 1); // blank lines part the paragraphs
        // one builder for the whole section: each paragraph is built from it and it starts afresh
        Builder open = new Builder();
        for (int i = from; i < to; i++) { // indexed: no iterator
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String text = cleaner.clean(line.text());
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = isHeading(line, text);
            if (open.isOpen() && !heading && open.continuesWith(line, text)) {
                open.append(text, line.number());
                continue;
            }
            if (open.isOpen()) {
                out.add(open.build());
            }
            open.start(text, heading, line.isTabular(), line.number());
        }
        if (open.isOpen()) {
            out.add(open.build());
        }
        return out;
    }

    static boolean isHeading(SourceLine line, String text) {
        return (line.headingLevel() > 0 || isSubHeading(text)) && !line.isTabular();
    }

    /**
     * True when {@link #SUB_HEADING} ({@code ^[（(]\s*[一…十]+\s*[)）]}) matches at the start of the text. Its
     * runs take all they can and nothing after them could start another, so it is read straight through.
     */
    static boolean isSubHeading(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) != '（' && text.charAt(0) != '(') {
            return false;
        }
        int i = ProseText.skipSpaces(text, 1, n);
        int numerals = i;
        while (i < n && "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == numerals) {
            return false;
        }
        i = ProseText.skipSpaces(text, i, n);
        return i < n && (text.charAt(i) == ')' || text.charAt(i) == '）');
    }

    private static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        // a closing quote or bracket after the mark still ends the sentence: “…。”
        while (i > 0 && "”’」）)】".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return (ProseText.SENTENCE_END + "；;：:").indexOf(text.charAt(i)) >= 0;
    }

    private static boolean startsAnew(SourceLine line, String text) {
        return line.listItem() || line.isTabular() || isNumbered(text) || isLabel(text);
    }

    /**
     * True when {@link #NUMBERED} ({@code ^\d{1,2}\s*[.、．](?!\d)}) matches at the start: one or two digits
     * and no third (a shorter run would leave a digit where a space or mark must stand), spaces, the mark,
     * and no digit after it.
     */
    static boolean isNumbered(String text) {
        int n = text.length();
        int d = 0;
        while (d < n && d < 3 && ProseText.isDigit(text.charAt(d))) {
            d++;
        }
        if (d == 0 || d == 3) {
            return false;
        }
        int p = ProseText.skipSpaces(text, d, n);
        return p < n && ".、．".indexOf(text.charAt(p)) >= 0 && !(p + 1 < n && ProseText.isDigit(text.charAt(p + 1)));
    }

    /**
     * True when {@link #LABEL} ({@code ^[\u4e00-\u9fa5（）()“”]{2,15}[：:]}) matches at the start: a run of 2 to
     * 15 such characters (the colon is none of them, so a shorter run cannot be followed by it), then a colon.
     */
    static boolean isLabel(String text) {
        int n = text.length();
        int k = 0;
        while (k < n && k < 16 && isLabelChar(text.charAt(k))) {
            k++;
        }
        return k >= 2 && k <= 15 && k < n && (text.charAt(k) == '：' || text.charAt(k) == ':');
    }

    private static boolean isLabelChar(char c) {
        return c >= '\u4e00' && c <= '\u9fa5' || c == '（' || c == '）' || c == '(' || c == ')' || c == '“' || c == '”';
    }

    /**
     * The paragraph being built; one serves a whole section, {@link #start}ed for each paragraph. Most
     * paragraphs are one line and are never appended to: their text stays the line's string.
     */
    private static final class Builder {
        /** The text so far. */
        private String text;
        private boolean heading;
        private boolean tabular;
        /** How many lines the paragraph has; 0 before the first is started. */
        private int lineCount;
        /**
         * Where each line starts and its number; index 0 is the first line (offset 0, {@link #line}). Made
         * at the first wrapped line: most sections have none.
         */
        private int[] starts;
        private int[] lines;
        private int line;

        boolean isOpen() {
            return lineCount > 0;
        }

        void start(String first, boolean heading, boolean tabular, int line) {
            this.text = first;
            this.heading = heading;
            this.tabular = tabular;
            this.line = line;
            lineCount = 1;
        }

        boolean continuesWith(SourceLine line, String next) {
            return !heading && !tabular && text.length() >= WRAP_MIN_CHARS && !endsSentence(text)
                    && !startsAnew(line, next);
        }

        /**
         * Appends a wrapped line: with no space where either side is Chinese, else with one. Concatenated
         * rather than through a builder: a paragraph wraps over two or three lines, and String's concat
         * makes the joined text at its exact size in one copy, where a builder grows, widens from Latin-1
         * to UTF-16 for Chinese text and copies again into its string.
         */
        void append(String next, int line) {
            if (!text.isEmpty() && !next.isEmpty() && !Texts.isCjk(text.charAt(text.length() - 1)) && !Texts.isCjk(next.charAt(0))) {
                text = text + ' ' + next;
            } else {
                text = text.concat(next);
            }
            if (starts == null) {
                starts = new int[4];
                lines = new int[4];
            } else if (lineCount == starts.length) {
                starts = Arrays.copyOf(starts, 2 * lineCount);
                lines = Arrays.copyOf(lines, 2 * lineCount);
            }
            starts[lineCount] = text.length() - next.length();
            lines[lineCount] = line;
            lineCount++;
        }

        /** The paragraph built so far; the builder is closed until the next {@link #start}. */
        ProseParagraph build() {
            ProseParagraph p = lineCount == 1 ? ProseParagraph.of(text, heading, line)
                    : ProseParagraph.of(text, heading, line, lineCount, starts, lines);
            lineCount = 0;
            text = null;
            return p;
        }
    }
}

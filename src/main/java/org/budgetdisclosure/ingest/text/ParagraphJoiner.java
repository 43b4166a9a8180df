package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
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
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\s*[.、．](?!\\d)");

    /** A field label: “项目承担单位：…”, “资金执行时间：…”. */
    private static final Pattern LABEL = Pattern.compile("^[\\u4e00-\\u9fa5（）()“”]{2,15}[：:]");

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
        List<ProseParagraph> out = new ArrayList<>();
        Builder open = null;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String text = cleaner.clean(line.text());
            if (text.isEmpty()) {
                continue;
            }
            boolean heading = isHeading(line, text);
            if (open != null && !heading && open.continuesWith(line, text)) {
                open.append(text, line.number());
                continue;
            }
            if (open != null) {
                out.add(open.build());
            }
            open = new Builder(text, heading, line.isTabular(), line.number());
        }
        if (open != null) {
            out.add(open.build());
        }
        return out;
    }

    static boolean isHeading(SourceLine line, String text) {
        return (line.headingLevel() > 0 || opensBracket(text) && SUB_HEADING.matcher(text).lookingAt()) && !line.isTabular();
    }

    /** {@link #SUB_HEADING} starts with a bracket; most lines do not, and skip the pattern. */
    private static boolean opensBracket(String text) {
        return !text.isEmpty() && (text.charAt(0) == '（' || text.charAt(0) == '(');
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
        return line.listItem() || line.isTabular() || NUMBERED.matcher(text).lookingAt() || LABEL.matcher(text).lookingAt();
    }

    private static final class Builder {
        /** The text so far; a string, since most paragraphs are one line and are never appended to. */
        private String text;
        /** The text once a line has been appended (then {@link #text} is stale); null before. */
        private StringBuilder more;
        private final boolean heading;
        private final boolean tabular;
        private final int line;
        /** Where each line starts and its number, from the first line on; null until a line is appended. */
        private List<Integer> starts;
        private List<Integer> lines;

        Builder(String first, boolean heading, boolean tabular, int line) {
            this.heading = heading;
            this.tabular = tabular;
            this.line = line;
            text = first;
        }

        boolean continuesWith(SourceLine line, String next) {
            CharSequence t = more != null ? more : text;
            return !heading && !tabular && t.length() >= WRAP_MIN_CHARS && !endsSentence(t)
                    && !startsAnew(line, next);
        }

        /**
         * Appends a wrapped line: with no space where either side is Chinese, else with one; without
         * copying the text so far for each line.
         */
        void append(String next, int line) {
            if (more == null) {
                more = new StringBuilder(text.length() + next.length() + 16).append(text);
                starts = new ArrayList<>(4);
                lines = new ArrayList<>(4);
                starts.add(0);
                lines.add(this.line);
            }
            if (more.length() > 0 && !next.isEmpty()
                    && !Texts.isCjk(more.charAt(more.length() - 1)) && !Texts.isCjk(next.charAt(0))) {
                more.append(' ');
            }
            more.append(next);
            starts.add(more.length() - next.length());
            lines.add(line);
        }

        ProseParagraph build() {
            return more == null ? ProseParagraph.of(text, heading, line) : new ProseParagraph(more.toString(), heading, starts, lines);
        }
    }
}

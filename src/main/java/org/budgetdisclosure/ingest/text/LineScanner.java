package org.budgetdisclosure.ingest.text;

import java.util.List;

/**
 * Cuts text that is already decoded into its lines, in one pass over the characters that notes on the
 * way what each line's reading depends on (see {@link LineMarks}). Text decoded from UTF-8 bytes by the
 * reader is marked by {@link StrictUtf8} instead, in the pass that decodes it.
 */
final class LineScanner {

    private LineScanner() {
    }

    /** {@code text} cut at CR LF, CR or LF (a trailing break leaves a last, empty line), numbered from 1. */
    static List<SourceLine> lines(String text) {
        char[] chars = text.toCharArray();
        int length = chars.length;
        LineMarks lines = new LineMarks();
        int m = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            // every character looked for but the no-break space is below '@'; Chinese text is far above
            if (c < '@') {
                if (c == '\n' || c == '\r') {
                    // in CR LF the CR ended the line
                    if (c == '\r' || i == 0 || chars[i - 1] != '\r') {
                        lines.end(i, m);
                        m = 0;
                    }
                } else if (c == '\t') {
                    m += LineMarks.TAB;
                } else if (c == '<' || c == '*') {
                    m |= LineMarks.MARKUP;
                } else if (c == ' ' && i > 0 && chars[i - 1] == ' ') {
                    m |= LineMarks.SPACES;
                }
            } else if (c == '\u00a0') {
                m |= LineMarks.NBSP;
            }
        }
        return lines.lines(chars, length, m);
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.Arrays;
import java.util.List;

/**
 * Decodes UTF-8 in one pass over the bytes, checking the sequences as it goes, counting the control
 * characters {@link TextDecoder} judges binary data by, and noting where the lines end and what they hold
 * ({@link LineMarks}) so the reader can cut the lines without another pass. It takes only the one- to
 * three-byte sequences a Chinese text is made of; anything else (a four-byte sequence, a malformed one)
 * makes it give up, and the caller takes the general path. Decoding with {@code new String(bytes, UTF_8)}
 * and then searching the result for U+FFFD, control characters and line breaks read the text four times.
 */
final class StrictUtf8 {

    /** What an ASCII byte is to the pass: most are nothing, and are passed over with one test. */
    private static final byte[] ROLE = new byte[128];
    private static final byte CONTROL = 1;
    private static final byte BREAK = 2;
    private static final byte TAB = 3;
    private static final byte MARKUP = 4;
    private static final byte SPACE = 5;
    private static final byte NUL = 6;

    static {
        for (int b = 1; b < 0x20; b++) {
            ROLE[b] = CONTROL;
        }
        ROLE[0] = NUL;
        ROLE['\f'] = 0; // a form feed is no sign of binary data
        ROLE['\n'] = BREAK;
        ROLE['\r'] = BREAK;
        ROLE['\t'] = TAB;
        ROLE['<'] = MARKUP;
        ROLE['*'] = MARKUP;
        ROLE[' '] = SPACE;
    }

    /**
     * The decoded text, {@code chars[0, length)}, with its lines marked.
     *
     * @param nul      it holds a NUL character
     * @param controls its control characters other than tab, line feed, carriage return and form feed
     */
    record Scan(char[] chars, int length, LineMarks marks, int lastMarks, boolean nul, int controls) {

        String text() {
            return new String(chars, 0, length);
        }

        /** The text's lines, numbered from 1. */
        List<SourceLine> lines() {
            return marks.lines(chars, length, lastMarks);
        }
    }

    private StrictUtf8() {
    }

    /**
     * {@code bytes[from..]} decoded, or null when it holds a sequence this decoder does not take. Where
     * it answers, the text is the one a strict UTF-8 decoder gives: every sequence it accepts is valid
     * UTF-8 (no overlong form, no surrogate).
     */
    static Scan decode(byte[] bytes, int from) {
        int end = bytes.length;
        // a character takes one to three bytes, and Chinese text mostly three: half the bytes' count is
        // room enough for such a text, and the array grows for one with more ASCII
        char[] out = new char[(end - from) / 2 + 16];
        LineMarks lines = new LineMarks();
        int m = 0; // the marks of the line being read
        int n = 0;
        int controls = 0;
        boolean nul = false;
        int i = from;
        while (i < end) {
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.min(end - from, n * 2));
            }
            int b = bytes[i];
            if (b >= 0) {
                int role = ROLE[b];
                if (role != 0) {
                    switch (role) {
                        case CONTROL -> controls++;
                        case NUL -> nul = true;
                        case BREAK -> {
                            // in CR LF the CR ended the line
                            if (b == '\r' || n == 0 || out[n - 1] != '\r') {
                                lines.end(n, m);
                                m = 0;
                            }
                        }
                        case TAB -> m += LineMarks.TAB;
                        case MARKUP -> m |= LineMarks.MARKUP;
                        default -> { // a space
                            if (n > 0 && out[n - 1] == ' ') {
                                m |= LineMarks.SPACES;
                            }
                        }
                    }
                }
                out[n++] = (char) b;
                i++;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < end) {
                int b1 = bytes[i + 1];
                int b2 = bytes[i + 2];
                int c = (b & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
                // both continuation bytes 10xxxxxx; no overlong form (below U+0800) and no surrogate
                // (tested together, with one branch: they nearly always hold)
                if (((b1 & 0xC0 ^ 0x80) | (b2 & 0xC0 ^ 0x80)) != 0 | c < 0x800 | (c & 0xF800) == 0xD800) {
                    return null;
                }
                out[n++] = (char) c;
                i += 3;
            } else if ((b & 0xE0) == 0xC0 && i + 1 < end) {
                int b1 = bytes[i + 1];
                // C0 and C1 would be overlong forms of ASCII
                if ((b1 & 0xC0) != 0x80 || (b & 0xFF) < 0xC2) {
                    return null;
                }
                char c = (char) ((b & 0x1F) << 6 | b1 & 0x3F);
                if (c == '\u00a0') {
                    m |= LineMarks.NBSP;
                }
                out[n++] = c;
                i += 2;
            } else {
                return null;
            }
        }
        return new Scan(out, n, lines, m, nul, controls);
    }
}

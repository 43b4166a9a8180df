package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes UTF-8 in one pass over the bytes, checking the sequences as it goes, counting the control
 * characters {@link TextDecoder} judges binary data by, and noting where the lines end and what they hold
 * ({@link LineMarks}) so the reader gets its lines from the same pass. It takes only the one- to
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
     * What one pass over the bytes gave: the text and the lines, each only when asked for.
     *
     * @param chars    the decoded text is {@code chars[0, length)}; null when the text was not kept
     * @param length   how many characters were decoded
     * @param lines    the lines, numbered from 1; null when they were not asked for
     * @param nul      it holds a NUL character
     * @param controls its control characters other than tab, line feed, carriage return and form feed
     */
    record Scan(char[] chars, int length, List<SourceLine> lines, boolean nul, int controls) {

        /** The decoded text; only for a scan that kept it. */
        String text() {
            if (chars == null) {
                throw new IllegalStateException("the text was not kept");
            }
            return new String(chars, 0, length);
        }
    }

    private StrictUtf8() {
    }

    /** {@link #decode(byte[], int, boolean, boolean)} keeping the text, without cutting lines. */
    static Scan decode(byte[] bytes, int from) {
        return decode(bytes, from, true, false);
    }

    /**
     * {@code bytes[from..]} decoded, or null when it holds a sequence this decoder does not take. Where
     * it answers, the text is the one a strict UTF-8 decoder gives: every sequence it accepts is valid
     * UTF-8 (no overlong form, no surrogate).
     *
     * <p>With {@code lines}, each line becomes a {@link SourceLine} as soon as its end is read, from
     * what the pass noted about it ({@link LineMarks}), while its characters are still at hand. Without
     * {@code text} the characters of a line are dropped once it is made, and one line's worth of buffer
     * serves the whole file: the reader never needs the whole text, and keeping it cost an array of
     * twice the file's characters per reading.
     */
    static Scan decode(byte[] bytes, int from, boolean text, boolean lines) {
        int end = bytes.length;
        // for the whole text: a character takes one to three bytes, and Chinese text mostly three, so half
        // the bytes' count is room enough for such a text, and the array grows for one with more ASCII;
        // for one line at a time: room for a long line, grown for a longer one
        char[] out = new char[text ? (end - from) / 2 + 16 : Math.min(end - from, 512) + 16];
        // a line takes some 60 bytes of a disclosure: one slot per 48 rarely needs to grow
        List<SourceLine> made = lines ? new ArrayList<>((end - from) / 48 + 16) : null;
        int m = 0; // the marks of the line being read
        int n = 0; // characters in out
        int lineFrom = 0; // where in out the line being read starts
        int dropped = 0; // characters decoded and no longer in out
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
                            if (b == '\r' || i == from || bytes[i - 1] != '\r') {
                                if (made != null) {
                                    made.add(line(made.size() + 1, out, lineFrom, n, m));
                                }
                                m = 0;
                            }
                            if (!text) {
                                dropped += n + 1;
                                n = 0;
                                lineFrom = 0;
                                i++;
                                continue; // the break is no part of any line
                            }
                            lineFrom = n + 1;
                        }
                        case TAB -> m += LineMarks.TAB;
                        case MARKUP -> m |= LineMarks.MARKUP;
                        default -> { // a space
                            if (n > lineFrom && out[n - 1] == ' ') {
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
        if (made != null) {
            made.add(line(made.size() + 1, out, lineFrom, n, m));
        }
        return new Scan(text ? out : null, dropped + n, made, nul, controls);
    }

    /** The line {@code chars[from, to)} with the marks {@code m}. */
    private static SourceLine line(int number, char[] chars, int from, int to, int m) {
        String raw = from == to ? "" : new String(chars, from, to - from);
        return SourceLine.of(number, raw, m / LineMarks.TAB, (m & LineMarks.MARKUP) != 0, (m & LineMarks.NBSP) != 0,
                (m & LineMarks.SPACES) != 0);
    }
}

package org.budgetdisclosure.ingest.text;

/**
 * Decodes UTF-8 in one pass over the bytes, checking the sequences as it goes and counting the
 * control characters {@link TextDecoder} judges binary data by. It takes only the one- to three-byte
 * sequences a Chinese text is made of; anything else (a four-byte sequence, a malformed one) makes it
 * give up, and the caller takes the general path. Decoding with {@code new String(bytes, UTF_8)} and
 * then searching the result for U+FFFD and for control characters read the text three times.
 */
final class StrictUtf8 {

    /**
     * @param text     the decoded text
     * @param nul      it holds a NUL character
     * @param controls its control characters other than tab, line feed, carriage return and form feed
     */
    record Scan(String text, boolean nul, int controls) {
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
        char[] out = new char[end - from];
        int n = 0;
        int controls = 0;
        boolean nul = false;
        int i = from;
        while (i < end) {
            int b = bytes[i];
            if (b >= 0) {
                if (b < 0x20) {
                    nul |= b == 0;
                    if (b != 0 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                        controls++;
                    }
                }
                out[n++] = (char) b;
                i++;
            } else if ((b & 0xF0) == 0xE0 && i + 2 < end) {
                int b1 = bytes[i + 1];
                int b2 = bytes[i + 2];
                int c = (b & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
                // both continuation bytes 10xxxxxx; no overlong form (below U+0800) and no surrogate
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || c < 0x800 || (c & 0xF800) == 0xD800) {
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
                out[n++] = (char) ((b & 0x1F) << 6 | b1 & 0x3F);
                i += 2;
            } else {
                return null;
            }
        }
        return new Scan(new String(out, 0, n), nul, controls);
    }
}

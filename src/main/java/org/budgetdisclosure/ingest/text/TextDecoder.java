package org.budgetdisclosure.ingest.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetdisclosure.ingest.UnreadableInputException;

/**
 * Decodes a text file whose encoding is not declared. Published disclosures come as UTF-8 (with or
 * without BOM) or as GB18030/GBK from Windows tools. UTF-8 is tried strictly first because a GBK file
 * is almost never valid UTF-8, while GB18030 accepts most byte sequences; text that still looks like
 * binary afterwards is refused.
 */
public final class TextDecoder {

    /** GB18030 is a superset of GBK and GB2312, so one decoder covers all three. */
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Share of control characters above which decoded “text” is really binary data. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    public record Decoded(String text, Charset charset, boolean bom) {
    }

    private TextDecoder() {
    }

    public static Decoded decode(String source, byte[] bytes) throws UnreadableInputException {
        StrictUtf8.Scan scan = utf8(source, bytes, true, false);
        boolean utf8Bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
        if (scan != null) {
            return new Decoded(scan.text(), StandardCharsets.UTF_8, utf8Bom);
        }
        Decoded d;
        if (utf8Bom) {
            d = new Decoded(strict(source, bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            d = new Decoded(strict(source, bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            d = new Decoded(strict(source, bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        } else {
            String text = tryStrict(bytes, StandardCharsets.UTF_8);
            Charset cs = StandardCharsets.UTF_8;
            if (text == null) {
                text = tryStrict(bytes, GB18030);
                cs = GB18030;
            }
            if (text == null) {
                throw new UnreadableInputException(source, "无法识别文件编码（既不是 UTF-8 也不是 GB18030/GBK），可能是二进制文件");
            }
            d = new Decoded(text, cs, false);
        }
        if (looksBinary(d.text())) {
            throw binary(source);
        }
        return d;
    }

    /**
     * The lines of a file that is UTF-8 of the common kind (see {@link StrictUtf8}), cut while it is
     * decoded and without building the whole text; null when the file needs the general decoding of
     * {@link #decode}. Refuses an empty or binary file as {@link #decode} does.
     */
    static List<SourceLine> utf8Lines(String source, byte[] bytes) throws UnreadableInputException {
        StrictUtf8.Scan scan = utf8(source, bytes, false, true);
        return scan == null ? null : scan.lines();
    }

    /** {@link #utf8Lines} for a caller that wants the text too, from the same one pass; null as there. */
    static StrictUtf8.Scan utf8Scan(String source, byte[] bytes) throws UnreadableInputException {
        return utf8(source, bytes, true, true);
    }

    /**
     * Nearly every file: UTF-8 of one- to three-byte sequences, decoded and judged in one pass, keeping
     * the text and cutting the lines as asked (see {@link StrictUtf8#decode(byte[], int, boolean, boolean)}); null for any other.
     */
    private static StrictUtf8.Scan utf8(String source, byte[] bytes, boolean text, boolean lines) throws UnreadableInputException {
        if (bytes.length == 0) {
            throw new UnreadableInputException(source, "文件为空，不是部门预算公开文本");
        }
        // (a UTF-16 byte order mark, FF FE or FE FF, is never valid UTF-8, so such a file goes the general way)
        StrictUtf8.Scan scan = StrictUtf8.decode(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, text, lines);
        if (scan != null && (scan.nul() || isMostlyControl(scan.controls(), scan.length()))) {
            throw binary(source);
        }
        return scan;
    }

    private static UnreadableInputException binary(String source) {
        return new UnreadableInputException(source, "文件含有大量控制字符，是二进制文件而不是文本（PDF、XLSX 等请用对应的读取器）");
    }

    private static String strict(String source, byte[] bytes, int offset, Charset cs) throws UnreadableInputException {
        String s = tryStrict(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), cs);
        if (s == null) {
            throw new UnreadableInputException(source, "文件声明为 " + cs.name() + " 编码（BOM），但内容不是有效的 " + cs.name());
        }
        return s;
    }

    private static String tryStrict(byte[] bytes, Charset cs) {
        // The String constructor decodes much faster, replacing each malformed sequence with U+FFFD;
        // text without U+FFFD was therefore decoded without error, just as the strict decoder would.
        String fast = new String(bytes, cs);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            CharBuffer cb = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksBinary(String s) {
        int control = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20) {
                continue; // nearly every character: one test
            }
            if (c == 0) {
                return true;
            }
            if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return isMostlyControl(control, s.length());
    }

    private static boolean isMostlyControl(int controls, int length) {
        return controls > Math.max(1, length * MAX_CONTROL_SHARE);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

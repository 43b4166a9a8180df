package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.junit.jupiter.api.Test;

/** {@link TextDecoder} with its one-pass UTF-8 path held to the decoding it replaced. */
class StrictUtf8Test {

    @Test
    void decodesTheSampleAsTheJdkDoes() throws Exception {
        byte[] b = Samples.sampleBytes();
        assertThat(StrictUtf8.decode(b, 0).text()).isEqualTo(new String(b, StandardCharsets.UTF_8));
        assertThat(outcome(b)).isEqualTo(reference(b));
    }

    @Test
    void givesUpOnWhatItDoesNotTake() {
        assertThat(StrictUtf8.decode("a😀b".getBytes(StandardCharsets.UTF_8), 0)).isNull(); // four bytes
        assertThat(StrictUtf8.decode(new byte[] {(byte) 0xC0, (byte) 0x80}, 0)).isNull(); // overlong NUL
        assertThat(StrictUtf8.decode(new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, 0)).isNull(); // overlong
        assertThat(StrictUtf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isNull(); // surrogate
        assertThat(StrictUtf8.decode(new byte[] {'a', (byte) 0xE4, (byte) 0xB8}, 0)).isNull(); // cut short
    }

    /** Pieces of text: ASCII (controls included), two- and three-byte characters, four-byte ones, stray bytes. */
    @Test
    void decodesAnyInputAsTheStringConstructorAndStrictDecoderDid() {
        qt().withExamples(4000).forAll(lists().of(integers().between(0, 1 << 24)).ofSizeBetween(0, 60), integers().between(0, 3))
                .checkAssert((pieces, bom) -> {
                    byte[] b = bytes(pieces, bom);
                    assertThat(outcome(b)).isEqualTo(reference(b));
                });
    }

    private static byte[] bytes(List<Integer> pieces, int bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom == 1) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (int p : pieces) {
            int kind = p & 7;
            int v = p >>> 3;
            String s = switch (kind) {
                case 0 -> String.valueOf((char) (v % 0x80)); // any ASCII, controls and NUL included
                case 1 -> String.valueOf((char) (0x80 + v % 0x780)); // two bytes
                case 2 -> String.valueOf((char) (0x4E00 + v % 0x5200)); // ideographs
                case 3 -> String.valueOf((char) (0x800 + v % 0xF800)); // any BMP char, lone surrogates become '?'
                case 4 -> new String(Character.toChars(0x10000 + v % 0x100000)); // four bytes
                case 5 -> "\uFFFD\uFEFF";
                default -> "年 1,229.70\t";
            };
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            if (kind == 7 && (v & 1) == 1) {
                out.write(v >>> 1); // a stray byte: often malformed
            }
        }
        return out.toByteArray();
    }

    private static String outcome(byte[] b) {
        try {
            TextDecoder.Decoded d = TextDecoder.decode("x", b);
            return d.charset().name() + "|" + d.bom() + "|" + d.text();
        } catch (UnreadableInputException e) {
            return "refused|" + e.getMessage();
        }
    }

    /** What {@link TextDecoder} did before it decoded in one pass (an empty input is left out: both refuse it first). */
    private static String reference(byte[] bytes) {
        if (bytes.length == 0) {
            return outcome(bytes);
        }
        String text;
        Charset cs;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
            cs = StandardCharsets.UTF_8;
            bom = true;
            if (text == null) {
                return "refused|x: 文件声明为 UTF-8 编码（BOM），但内容不是有效的 UTF-8";
            }
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return outcome(bytes); // UTF-16 goes the way it always went
        } else {
            text = strict(bytes, StandardCharsets.UTF_8);
            cs = StandardCharsets.UTF_8;
            if (text == null) {
                return outcome(bytes); // GB18030 goes the way it always went
            }
        }
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "refused|x: 文件含有大量控制字符，是二进制文件而不是文本（PDF、XLSX 等请用对应的读取器）";
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (control > Math.max(1, text.length() * 0.01)) {
            return "refused|x: 文件含有大量控制字符，是二进制文件而不是文本（PDF、XLSX 等请用对应的读取器）";
        }
        return cs.name() + "|" + bom + "|" + text;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

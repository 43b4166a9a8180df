package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "2026 年昌吉市人民政府办公室\n部门预算公开\n收支总预算 1,229.70 万元。“三公”经费\n";

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(TextDecoder.decode("a.txt", plain).text()).isEqualTo(TEXT);
        TextDecoder.Decoded withBom = TextDecoder.decode("a.txt", bom);
        assertThat(withBom.text()).isEqualTo(TEXT);
        assertThat(withBom.bom()).isTrue();
    }

    @Test
    void readsGb18030AndGbk() throws Exception {
        TextDecoder.Decoded gb = TextDecoder.decode("a.txt", TEXT.getBytes(Charset.forName("GB18030")));
        assertThat(gb.text()).isEqualTo(TEXT);
        assertThat(gb.charset().name()).isEqualTo("GB18030");
        assertThat(TextDecoder.decode("a.txt", TEXT.getBytes(Charset.forName("GBK"))).text()).isEqualTo(TEXT);
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        assertThat(TextDecoder.decode("a.txt", all).text()).isEqualTo(TEXT);
    }

    @Test
    void theWholeSampleDecodesTheSameFromBothEncodings() throws Exception {
        String utf8 = TextDecoder.decode("s", Samples.sampleBytes()).text();
        String gb = TextDecoder.decode("s", Samples.sampleText().getBytes(Charset.forName("GB18030"))).text();
        assertThat(gb).isEqualTo(utf8);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> TextDecoder.decode("empty.txt", new byte[0]))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("为空");
    }

    @Test
    void refusesRandomBytesWithAClearMessage() {
        Random r = new Random(20260313);
        for (int i = 0; i < 200; i++) {
            byte[] junk = new byte[64 + r.nextInt(4000)];
            r.nextBytes(junk);
            assertThatThrownBy(() -> TextDecoder.decode("junk.bin", junk))
                    .isInstanceOf(UnreadableInputException.class)
                    .hasMessageStartingWith("junk.bin: ");
        }
    }

    @Test
    void refusesTextWithNulBytes() {
        byte[] b = "abc\0def".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode("x", b)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("二进制");
    }
}

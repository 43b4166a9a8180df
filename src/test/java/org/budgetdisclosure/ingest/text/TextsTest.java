package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void cjkCharactersAreTheIdeographBlocksFullWidthFormsAndChineseQuotes() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            boolean expected = b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                    || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                    || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && "“”‘’…—".indexOf(c) >= 0;
            assertThat(Texts.isCjk(c)).as("U+%04X", i).isEqualTo(expected);
        }
    }

    @Test
    void aNameThatIsAlreadyItsOwnKeyComesBackAsItIs() {
        assertThat(Texts.nameKey("一般公共服务支出")).isEqualTo("一般公共服务支出");
        assertThat(Texts.nameKey("财政拨款 (补助)")).isEqualTo("财政拨款（补助）");
        assertThat(Texts.nameKey(null)).isEmpty();
    }

    @Test
    void keyEndingIsTheLastCharacterOfTheKey() {
        assertThat(Texts.keyEndsWith("部门收支总体情况 表 \u3000", '表')).isTrue();
        assertThat(Texts.keyEndsWith("附表说明", '表')).isFalse();
        assertThat(Texts.keyEndsWith("(", '（')).isTrue();
        assertThat(Texts.keyEndsWith(" \t", '表')).isFalse();
        String[] bits = {" ", "\u3000", "\u00a0", "\t", "表", "(", ")", "\"", "“", ":", ",", "情况", "x"};
        Random r = new Random(1);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(6); n > 0; n--) {
                b.append(bits[r.nextInt(bits.length)]);
            }
            String s = b.toString();
            for (char c : new char[] {'表', '（', '）', '"', '：', '，', 'x'}) {
                assertThat(Texts.keyEndsWith(s, c)).as("%s / %s", s, c).isEqualTo(Texts.nameKey(s).endsWith(String.valueOf(c)));
            }
        }
    }

    @Test
    void theQuickWhitespaceTestAndStripAgreeWithTheJdk() {
        for (int i = 0; i <= 0xFFFF; i++) {
            char c = (char) i;
            assertThat(Texts.isWhitespace(c)).as("U+%04X", i).isEqualTo(Character.isWhitespace(c));
            String s = c + "一" + c;
            assertThat(Texts.strip(s)).as("U+%04X", i).isEqualTo(s.strip());
        }
        assertThat(Texts.strip(" \t\u3000合计\u00a0 ")).isEqualTo(" \t\u3000合计\u00a0 ".strip());
        assertThat(Texts.strip("\uD840\uDC00")).isEqualTo("\uD840\uDC00");
        assertThat(Texts.strip("   ")).isEmpty();
    }
}

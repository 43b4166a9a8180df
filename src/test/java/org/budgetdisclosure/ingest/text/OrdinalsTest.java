package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Ordinals#item} matches the numbering by hand; its patterns remain the specification. Over texts
 * built from numerals, digits, brackets, marks and spaces, it must give what the pattern-based reading
 * (below, as it was) gives, for each pattern alone and for the pairs the readers try.
 */
class OrdinalsTest {

    private static final String[] TOKENS = {"一", "二", "十", "百", "零", "〇", "两", "三十", "一百零五", "（", "）", "(", ")", "、", ".", "．",
        " ", "  ", "\t", "\u3000", "0", "1", "12", "123", "1234", "5", "主要职能", "机构设置", "万元", "a", "。", "：", "\n"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 10);
    }

    private static final int EXAMPLES = 30_000;

    @Test
    void readsEachPatternAsTheMatcherDid() {
        for (Pattern p : new Pattern[] {Ordinals.CHINESE_ITEM, Ordinals.BRACKETED_ITEM, Ordinals.ARABIC_ITEM}) {
            qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s ->
                    assertThat(Ordinals.item(s, p)).as(p + " " + s).isEqualTo(before(s, p)));
        }
    }

    @Test
    void readsThePairsTheReadersTryAsTheMatcherDid() {
        qt().withExamples(EXAMPLES).forAll(texts()).checkAssert(s -> {
            assertThat(Ordinals.item(s, Ordinals.ARABIC_ITEM, Ordinals.BRACKETED_ITEM))
                    .as(s).isEqualTo(before(s, Ordinals.ARABIC_ITEM, Ordinals.BRACKETED_ITEM));
            assertThat(Ordinals.item(s, Ordinals.CHINESE_ITEM, Ordinals.BRACKETED_ITEM))
                    .as(s).isEqualTo(before(s, Ordinals.CHINESE_ITEM, Ordinals.BRACKETED_ITEM));
            assertThat(Ordinals.item(s, Ordinals.CHINESE_ITEM, Ordinals.ARABIC_ITEM))
                    .as(s).isEqualTo(before(s, Ordinals.CHINESE_ITEM, Ordinals.ARABIC_ITEM));
            assertThat(Ordinals.startsWithChineseItem(s)).as(s).isEqualTo(Ordinals.CHINESE_ITEM.matcher(s).find());
        });
    }

    @Test
    void examples() {
        assertThat(Ordinals.item("12、 主要职能", Ordinals.ARABIC_ITEM)).isEqualTo(new Ordinals.Item(12, "主要职能"));
        assertThat(Ordinals.item("（三） 机构", Ordinals.BRACKETED_ITEM)).isEqualTo(new Ordinals.Item(3, "机构"));
        assertThat(Ordinals.item("二十一．职责", Ordinals.CHINESE_ITEM)).isEqualTo(new Ordinals.Item(21, "职责"));
        assertThat(Ordinals.item("1.5 万元", Ordinals.ARABIC_ITEM)).isNull();
        assertThat(Ordinals.item("1234. 项", Ordinals.ARABIC_ITEM)).isNull();
    }

    /** The reading as it was, through the patterns. */
    private static Ordinals.Item before(String text, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                Integer n = Ordinals.number(m.group(1));
                if (n != null) {
                    return new Ordinals.Item(n, text.substring(m.end()));
                }
            }
        }
        return null;
    }
}

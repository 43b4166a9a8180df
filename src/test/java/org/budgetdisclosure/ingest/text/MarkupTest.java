package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkupTest {

    /** What Markup replaces; it must keep doing exactly what this pattern did. */
    private static final Pattern TAGS = Pattern.compile("</?(b|p|strong|em|i|br)\\s*/?>|\\*\\*");

    @Test
    void removesTagsAndMarkdownBold() {
        assertThat(Markup.remove("<b>963.77</b>")).isEqualTo("963.77");
        assertThat(Markup.remove("**(四) 预算绩效情况**")).isEqualTo("(四) 预算绩效情况");
        assertThat(Markup.remove("a<br/>b<br >c<p>d</p>")).isEqualTo("abcd");
        assertThat(Markup.remove("***")).isEqualTo("*");
        assertThat(Markup.remove("<bold>x</div>")).isEqualTo("<bold>x</div>");
        assertThat(Markup.find("1 < 2 * 3")).isFalse();
        assertThat(Markup.find("<strong>合计</strong>")).isTrue();
    }

    @Test
    void removesExactlyWhatTheTagPatternRemoves() {
        String[] bits = {"<", ">", "/", "b", "r", "p", "i", "em", "strong", " ", "\t", "\u3000", "*", "**", "合计", "1", "<b>", "</b>"};
        Random r = new Random(42);
        List<String> samples = new ArrayList<>(List.of("", "<", "<b", "</", "<//b>", "</b >", "<br/ >", "<i\t/>", "<<b>b>", "**<b>**"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(8); n > 0; n--) {
                b.append(bits[r.nextInt(bits.length)]);
            }
            samples.add(b.toString());
        }
        for (String s : samples) {
            assertThat(Markup.remove(s)).as(s).isEqualTo(TAGS.matcher(s).replaceAll(""));
            assertThat(Markup.find(s)).as(s).isEqualTo(TAGS.matcher(s).find());
        }
    }
}

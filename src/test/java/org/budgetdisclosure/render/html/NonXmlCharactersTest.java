package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonXmlCharactersTest {

    @Test
    void controlCharactersAndLoneSurrogatesGoAndEverythingElseStays() {
        assertThat(DisclosureHtml.withoutNonXml("甲\u0001乙\u0000\t丙\n")).isEqualTo("甲乙\t丙\n");
        // a pair is one legal character (𠀀, U+20000); a half of one is not
        assertThat(DisclosureHtml.withoutNonXml("a\uD840\uDC00b\uD840c\uDC00")).isEqualTo("a\uD840\uDC00bc");
        assertThat(DisclosureHtml.withoutNonXml("\uFFFE\uFFFD")).isEqualTo("\uFFFD");
        String clean = "<p>1,229.70</p>";
        assertThat(DisclosureHtml.withoutNonXml(clean)).isSameAs(clean);
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The hand-written line tests of the part 1 and part 4 readers answer as the patterns they replaced. */
class LinePhrasesTest {

    private static final Pattern BOLD = Pattern.compile("(?:\\*\\*|<b>|<strong>)(.+?)(?:\\*\\*|</b>|</strong>)");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，、；;：:,！？]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？.]$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–]?\\s*\\d{1,3}\\s*[-—–]?");

    private static final String[] TOKENS = {"*", "**", "<", "<b>", "</b>", "<strong>", "</strong>", "<str", "b>", "财政拨款", "一、", "a",
        " ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u3000", "。", "，", "、", ";", "：", ":", "！", "？", ".", "．",
        "-", "—", "–", "1", "12", "123", "1234", "0"};

    private static final Pattern COVER_TITLE = Pattern.compile("^((?:19|20)\\d{2})年度?(.+?)$");
    private static final Pattern SIGNING_DATE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");

    private static final String[] COVER_TOKENS = {"2026", "1999", "2126", "19", "20", "202", "年", "度", "月", "日", "1", "12", "123", "0",
        "昌吉市人民政府办公室", "a", " ", "\n", "\r\n", "\u0085", "\u2028", "2026年", "2026年度", "3月", "13日"};

    private static final String[] DATE_TOKENS = {"2026年", "1999年", "2126年", "202年", "3月", "12月", "123月", "月", "13日", "1日", "日",
        "2026", "1", "\n", "a"};

    @Test
    void readsCoverTitlesAndSigningDatesAsThePatternsDo() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(COVER_TOKENS, 8)).checkAssert(t -> {
            Matcher title = COVER_TITLE.matcher(t);
            int name = LinePhrases.coverTitleName(t);
            assertThat(name >= 0 ? t.substring(0, 4) + "|" + t.substring(name) : null).as(t)
                    .isEqualTo(title.matches() ? title.group(1) + "|" + title.group(2) : null);
            Matcher date = SIGNING_DATE.matcher(t);
            int[] d = LinePhrases.signingDate(t);
            assertThat(d == null ? null : d[0] + "-" + d[1] + "-" + d[2]).as(t).isEqualTo(date.matches()
                    ? Integer.parseInt(date.group(1)) + "-" + Integer.parseInt(date.group(2)) + "-" + Integer.parseInt(date.group(3)) : null);
        });
        int[] hits = {0, 0};
        qt().withExamples(20_000).forAll(TokenTexts.joined(COVER_TOKENS, 8)).checkAssert(t -> {
            hits[0] += COVER_TITLE.matcher(t).matches() ? 1 : 0;
        });
        // a signing date comes about 9 times in 20,000 texts, too few to bound safely: 200,000 give about 90
        qt().withExamples(200_000).forAll(TokenTexts.joined(DATE_TOKENS, 5)).checkAssert(t -> {
            hits[1] += SIGNING_DATE.matcher(t).matches() ? 1 : 0;
            Matcher date = SIGNING_DATE.matcher(t);
            int[] d = LinePhrases.signingDate(t);
            assertThat(d == null ? null : d[0] + "-" + d[1] + "-" + d[2]).as(t).isEqualTo(date.matches()
                    ? Integer.parseInt(date.group(1)) + "-" + Integer.parseInt(date.group(2)) + "-" + Integer.parseInt(date.group(3)) : null);
        });
        assertThat(hits[0]).isGreaterThan(50);
        assertThat(hits[1]).isGreaterThan(30);
    }

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 10);
    }

    @Test
    void answersAsThePatternsDo() {
        qt().withExamples(100_000).forAll(texts()).checkAssert(t -> {
            Matcher bold = BOLD.matcher(t);
            assertThat(LinePhrases.bold(t)).as(t).isEqualTo(bold.find() ? bold.group(1) : null);
            assertThat(LinePhrases.hasMark(t, "。，、；;：:,！？")).as(t).isEqualTo(SENTENCE_PUNCTUATION.matcher(t).find());
            assertThat(LinePhrases.endsWithMark(t, "。！？.")).as(t).isEqualTo(SENTENCE_END.matcher(t).find());
            assertThat(LinePhrases.isPageNumber(t)).as(t).isEqualTo(PAGE_NUMBER.matcher(t).matches());
            assertThat(LinePhrases.startsWithArabicItem(t)).as(t).isEqualTo(Ordinals.ARABIC_ITEM.matcher(t).find());
        });
    }

    @Test
    void examples() {
        assertThat(LinePhrases.bold("一、**财政拨款**:指由")).isEqualTo("财政拨款");
        assertThat(LinePhrases.bold("二、<b>其他资金</b>：包括")).isEqualTo("其他资金");
        assertThat(LinePhrases.bold("**\n**")).isNull();
        assertThat(LinePhrases.isPageNumber("- 3 -")).isTrue();
        assertThat(LinePhrases.isPageNumber("2026")).isFalse();
        assertThat(LinePhrases.endsWithMark("数。\r\n", "。")).isTrue();
        assertThat(LinePhrases.startsWithArabicItem("1.5 万元")).isFalse();
        assertThat(LinePhrases.startsWithArabicItem("12、 负责")).isTrue();
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.NamedList;
import org.junit.jupiter.api.Test;

/**
 * {@link ListReader#read} goes straight to the sentences holding “包括：” instead of cutting the whole
 * paragraph into sentences first; over paragraphs glued from list wording, sentence ends, spaces and
 * amounts, and over the sample's part 3, it reads the same lists, labels and lines as that did; and
 * since its labels and items are read where they lie in the paragraph (speed round 5), the copying
 * {@code items} and {@code withoutAmounts} of before are kept here as they were.
 */
class ListReaderSameAsBeforeTest {

    private static final List<String> PIECES = List.of(
            "包括：", "包括:", "包括", "主要包括：", "：", ":", "。", "！", "？", "!", "?", " ", "\u3000", "、", "；", ";", "，", ",", "等",
            "963.77万元", " 12 万元，", "人员经费", "基本工资", "一般公共预算", "收入预算", "支出预算", "主要用于", "x", "（其中：", "）",
            "\u0085", "\n", "等\u0085", "1,229.70");

    @Test
    void readsGluedParagraphsAsBefore() {
        qt().withExamples(20000).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    for (int i : picks) {
                        b.append(PIECES.get(i));
                    }
                    String text = b.toString();
                    int n = text.length();
                    assertSame(new ProseParagraph(text, false, List.of(0, n / 3, 2 * n / 3), List.of(10, 11, 12)));
                });
    }

    @Test
    void readsTheSamplesPart3AsBefore() {
        ReadContext ctx = ExplanationFixtures.context();
        int lists = 0;
        for (SectionSplitter.RawSection s : SectionSplitter.split(ExplanationFixtures.samplePart3(), ctx)) {
            for (ProseParagraph p : s.paragraphs()) {
                lists += assertSame(p);
            }
        }
        assertThat(lists).isGreaterThan(3);
    }

    private static int assertSame(ProseParagraph p) {
        ReadContext ctx = new ReadContext("x");
        List<NamedList> now = ListReader.read(p, 3, ctx);
        assertThat(now).as(p.text()).isEqualTo(before(p, 3, ctx));
        return now.size();
    }

    /** ListReader.read as it was: the paragraph cut into sentences, each searched for “包括：”. */
    private static List<NamedList> before(ProseParagraph p, int section, ReadContext ctx) {
        List<NamedList> out = new ArrayList<>();
        String text = p.text();
        for (ProseText.Span sentence : ProseText.sentences(text, p.whole())) {
            String s = sentence.of(text);
            int includes = ListReader.includes(s);
            if (includes < 0) {
                continue;
            }
            String label = FactExtractor.subjectWords(withoutAmounts(s.substring(0, includes + 2)));
            List<String> items = items(s.substring(includes + 3));
            if (!items.isEmpty()) {
                out.add(new NamedList(section, label, items, ctx.at(p.lineAt(sentence.start()))));
            }
        }
        return out;
    }

    /** ListReader.items as it was: on a copy of the list's words. */
    private static List<String> items(String s) {
        List<String> out = new ArrayList<>();
        if (ProseText.nextAmountWan(s, 0) != null) {
            ProseText.Span whole = new ProseText.Span(0, s.length());
            for (ProseText.Span clause : ProseText.clauses(s, whole)) {
                for (ProseText.Span part : ProseText.parts(s, clause)) {
                    String p = part.of(s);
                    ProseText.AmountWan a = ProseText.nextAmountWan(p, 0);
                    if (a != null) {
                        add(out, FactExtractor.subjectWords(p.substring(0, a.start())));
                    }
                }
            }
            return out;
        }
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '、' || s.charAt(i) == '；' || s.charAt(i) == ';') {
                add(out, ListReader.ETC_END.matcher(s.substring(from, i).strip()).replaceFirst(""));
                from = i + 1;
            }
        }
        return out;
    }

    /** ListReader.withoutAmounts as it was specified: the pattern. */
    private static String withoutAmounts(String s) {
        return ListReader.AMOUNT_AND_COMMA.matcher(s).replaceAll("");
    }

    private static void add(List<String> out, String item) {
        if (!item.isEmpty()) {
            out.add(item);
        }
    }
}

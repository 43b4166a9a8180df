package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Change;
import org.junit.jupiter.api.Test;

/**
 * {@link FactExtractor#figures} reads every paragraph as {@link FactExtractorBefore} did: the same
 * figures (words, amount, 未安排, share, change, reason, purpose, line) and the same notices, over the
 * sample's part 3 and over paragraphs glued from the grammar's own words, wrapped over up to three lines.
 */
class FiguresSameAsBeforeTest {

    private static final String[] TOKENS = {"一般公共预算", "基本支出", "项目支出", "行政运行（项）", "一般公共服务支出（类）",
        "因公出国（境）费用", "本年度", "2026年", "2026年度", "预算数为", "：", ":", "，", ",", "、", "；", ";", "。", "！", "?", " ",
        "其中：", "（其中：", "（一）", "1.", "12、", "比上年", "较上年度预算", "同比", "与2025年相比", "增加", "减少", "增长", "下降",
        "增幅", "降幅", "了", "为", "基本", "持平", "占", "占总支出", "未安排", "1", "12", "1,229.70", "5.5", "0.25", "1.234",
        "100.00", "8.69", "98.28", "1,2345", "万元", "万", "元", "%", "％", "主要原因是", "原因系", "主要是由于", "主要因为", "主要用于",
        "用于：", "人员工资", "\n", "1,229.70 万元", "增长 8.47%", "占 12.5%", "持平。", "未安排政府性基金预算"};

    @Test
    void readsTheSampleAsBefore() {
        ReadContext ctx = new ReadContext("x");
        for (SectionSplitter.RawSection s : SectionSplitter.split(ExplanationFixtures.samplePart3(), ctx)) {
            for (ProseParagraph p : s.paragraphs()) {
                assertSame(p, s.number());
            }
        }
    }

    @Test
    void readsGluedParagraphsAsBefore() {
        qt().withExamples(30_000)
                .forAll(TokenTexts.joined(TOKENS, 24), integers().between(0, 60), integers().between(0, 60))
                .checkAssert((text, a, b) -> {
                    List<Integer> starts = new ArrayList<>(List.of(0));
                    List<Integer> lines = new ArrayList<>(List.of(5));
                    for (int cut : new int[] {Math.min(a, b), Math.max(a, b)}) {
                        if (cut > starts.get(starts.size() - 1) && cut < text.length()) {
                            starts.add(cut);
                            lines.add(lines.get(lines.size() - 1) + 1);
                        }
                    }
                    assertSame(new ProseParagraph(text, false, starts, lines), 3);
                });
    }

    private static void assertSame(ProseParagraph p, int section) {
        ReadContext nowCtx = new ReadContext("x");
        ReadContext beforeCtx = new ReadContext("x");
        List<StatedFigure> now = plain(FactExtractor.figures(p, section, nowCtx));
        List<StatedFigure> before = plain(FactExtractorBefore.figures(p, section, beforeCtx));
        assertThat(now).as(p.text()).isEqualTo(before);
        assertThat(nowCtx.diagnostics()).as(p.text()).isEqualTo(beforeCtx.diagnostics());
    }

    /** The figures with their changes' provenance left out, which the figures do not have to carry. */
    private static List<StatedFigure> plain(List<StatedFigure> figures) {
        List<StatedFigure> out = new ArrayList<>();
        for (StatedFigure f : figures) {
            Change c = f.change() == null ? null : new Change(f.change().direction(), f.change().amount(), f.change().percent());
            out.add(new StatedFigure(f.words(), f.amount(), f.notArranged(), f.share(), c, f.reason(), f.purpose(), f.line()));
        }
        return out;
    }
}

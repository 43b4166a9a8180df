package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.junit.jupiter.api.Test;

/**
 * One {@link FactExtractor.Figures} serves paragraph after paragraph: each paragraph's figures and
 * notices are what a reading of its own gives, and a list handed over is not changed by the next.
 */
class FiguresReadingTest {

    @Test
    void oneReadingForEveryParagraphReadsEachAsAFreshOne() {
        ReadContext sharedCtx = new ReadContext("x");
        ReadContext freshCtx = new ReadContext("x");
        FactExtractor.Figures reading = new FactExtractor.Figures();
        List<List<StatedFigure>> shared = new ArrayList<>();
        List<List<StatedFigure>> fresh = new ArrayList<>();
        int figures = 0;
        for (SectionSplitter.RawSection s : SectionSplitter.split(ExplanationFixtures.samplePart3(), new ReadContext("x"))) {
            for (ProseParagraph p : s.paragraphs()) {
                shared.add(FactExtractor.figures(p, s.number(), sharedCtx, reading));
                List<StatedFigure> own = FactExtractor.figures(p, s.number(), freshCtx);
                fresh.add(List.copyOf(own));
                figures += own.size();
            }
        }
        assertThat(figures).isGreaterThan(40);
        assertThat(shared).isEqualTo(fresh);
        assertThat(sharedCtx.diagnostics()).isEqualTo(freshCtx.diagnostics());
    }

    @Test
    void aParagraphWithoutFiguresAfterOneWithSomeHasNone() {
        FactExtractor.Figures reading = new FactExtractor.Figures();
        ReadContext ctx = new ReadContext("x");
        List<StatedFigure> first = FactExtractor.figures(ProseParagraph.of("基本支出 10.00 万元，项目支出 5.00 万元。", false, 3), 3, ctx, reading);
        List<StatedFigure> second = FactExtractor.figures(ProseParagraph.of("本部门无其他需说明事项。", false, 4), 3, ctx, reading);
        assertThat(first).extracting(StatedFigure::words).containsExactly("基本支出", "项目支出");
        assertThat(second).isEmpty();
        assertThat(first).hasSize(2);
    }
}

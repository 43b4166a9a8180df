package org.budgetdisclosure.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.render.html.Page.Block;
import org.budgetdisclosure.render.html.Page.SectionView;
import org.budgetdisclosure.render.html.Part3Layout.Placed;
import org.junit.jupiter.api.Test;

class Part3LayoutTest {

    private static Grid grid(String id) {
        return new Grid(id, null, "项目支出绩效目标表", null, null, null, List.of(), List.of(), null, true, List.of(), true);
    }

    private static Paragraph p(String text, boolean heading, Integer line) {
        return new Paragraph(text, heading, line == null ? null : SourceRef.line("x.txt", line));
    }

    private static Explanation explanation(Section... sections) {
        return new Explanation(List.of(sections), List.of(), List.of(), List.of(), null);
    }

    /** Each block as a short string: H:text, P:text or G:id. */
    private static List<String> blocks(SectionView s) {
        return s.blocks().stream().map(Part3LayoutTest::show).toList();
    }

    private static String show(Block b) {
        return b.isGrid() ? "G:" + b.grid().id() : (b.heading() ? "H:" : "P:") + b.text();
    }

    @Test
    void targetTablesGoBackWhereTheSourceLinesPutThem() {
        Section s13 = new Section(13, "其他重要事项的情况说明", List.of(
                p("(四)预算绩效情况", true, 100),
                p("2026年，本部门预算绩效管理整体预算绩效目标1个。", false, 101),
                p("(五)其他需说明的事项", true, 180),
                p("本部门无其他需说明事项。", false, 181)), SourceRef.line("x.txt", 99));
        List<SectionView> out = Part3Layout.of(explanation(s13), List.of(new Placed(grid("a"), 110), new Placed(grid("b"), 140)));
        assertThat(out).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("十三、其他重要事项的情况说明");
            assertThat(s.id()).isEqualTo("s13");
            assertThat(blocks(s)).containsExactly("H:(四)预算绩效情况", "P:2026年，本部门预算绩效管理整体预算绩效目标1个。", "G:a", "G:b",
                    "H:(五)其他需说明的事项", "P:本部门无其他需说明事项。");
        });
    }

    @Test
    void aTablePrintedBeforeASectionHeadingEndsThePreviousSection() {
        Section s12 = new Section(12, "十二", List.of(p("a", false, 10)), SourceRef.line("x.txt", 9));
        Section s13 = new Section(13, "十三", List.of(p("b", false, 31)), SourceRef.line("x.txt", 30));
        List<SectionView> out = Part3Layout.of(explanation(s12, s13), List.of(new Placed(grid("t"), 20)));
        assertThat(blocks(out.get(0))).containsExactly("P:a", "G:t");
        assertThat(blocks(out.get(1))).containsExactly("P:b");
    }

    @Test
    void withoutSourceLinesTheTablesFollowThePerformanceText() {
        // a generated disclosure: no lines anywhere
        Section s13 = new Section(13, "其他重要事项的情况说明", List.of(
                p("(一)单位运行经费情况", true, null),
                p("运行经费……", false, null),
                p("(四)预算绩效情况", true, null),
                p("绩效目标……", false, null),
                p("(五)其他需说明的事项", true, null),
                p("无。", false, null)), null);
        List<SectionView> out = Part3Layout.of(explanation(s13), List.of(new Placed(grid("d"), null), new Placed(grid("p1"), null)));
        assertThat(blocks(out.get(0))).containsExactly("H:(一)单位运行经费情况", "P:运行经费……", "H:(四)预算绩效情况", "P:绩效目标……",
                "G:d", "G:p1", "H:(五)其他需说明的事项", "P:无。");
    }

    @Test
    void targetTablesWithoutAnyExplanationStillGetPrinted() {
        List<SectionView> out = Part3Layout.of(null, List.of(new Placed(grid("d"), 5)));
        assertThat(out).singleElement().satisfies(s -> assertThat(blocks(s)).containsExactly("G:d"));
        assertThat(Part3Layout.of(null, List.of())).isEmpty();
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static Segments segment(String text) {
        return Segmenter.segment(TextDisclosureReader.lines(text));
    }

    @Test
    void findsAllTwelveTablesOfTheSampleInOrderWithTheirNumbers() {
        Segments s = segment(Samples.sampleText());
        assertThat(s.tables()).extracting(Segments.TableRegion::id).containsExactly(TableId.values());
        assertThat(s.tables()).extracting(Segments.TableRegion::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(s.tables().get(0).title().number()).isEqualTo(86);
    }

    @Test
    void skipsTheTableOfContents() {
        Segments s = segment(Samples.sampleText());
        // part 1 starts after the real heading (line 56), not the one in the contents (line 9)
        assertThat(s.part1().get(0).number()).isEqualTo(57);
        assertThat(s.part1()).noneMatch(SourceLine::listItem);
        assertThat(s.front()).extracting(SourceLine::text).contains("部门预算公开");
    }

    @Test
    void cutsThePerformanceTargetTablesOutOfPart3() {
        Segments s = segment(Samples.sampleText());
        assertThat(s.targets()).extracting(Segments.TargetRegion::kind).containsExactly(
                Segments.TargetKind.DEPARTMENT, Segments.TargetKind.PROJECT, Segments.TargetKind.PROJECT,
                Segments.TargetKind.PROJECT);
        assertThat(s.part3()).noneMatch(l -> l.text().contains("按照完成比例赋分"));
        assertThat(s.part3()).anyMatch(l -> l.text().contains("其他需说明的事项"));
        assertThat(s.part4()).anyMatch(l -> l.text().contains("财政拨款"));
    }

    @Test
    void findsTablesByTitleWhateverTheirNumberOrOrder() {
        Segments s = segment("""
                第二部分 预算表

                表 9

                ## 一般公共预算支出情况表

                201\t\t\t一般公共服务支出\t1.00

                附表

                ### 2026年部门收支总体情况表

                收入\t\t支出\t
                """);
        assertThat(s.tables()).extracting(Segments.TableRegion::id).containsExactly(TableId.T5, TableId.T1);
        assertThat(s.tables().get(0).number()).isEqualTo(9);
        assertThat(s.tables().get(1).number()).isNull();
    }

    @Test
    void aSentenceMentioningATableIsNotItsTitle() {
        Segments s = segment("""
                第二部分 预算表
                本单位没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表
                """);
        assertThat(s.tables()).isEmpty();
    }

    @Test
    void aDocumentWithoutPartHeadingsStillYieldsItsTables() {
        Segments s = segment("""
                部门支出总体情况表
                201\t\t\t一般公共服务支出\t1.00\t1.00\t
                上年结转结余情况表
                总计
                """);
        assertThat(s.tables()).extracting(Segments.TableRegion::id).containsExactly(TableId.T3, TableId.T12);
        assertThat(s.tables().get(0).lines()).extracting(SourceLine::number).containsExactly(2);
        assertThat(s.part1()).isEmpty();
        assertThat(s.part3()).isEmpty();
        assertThat(List.of(s.part4())).containsExactly(List.of());
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/** The national layouts read once must be the layouts the headers they stand for read into. */
class StandardLayoutsTest {

    @Test
    void everyHeaderOfTheSamplePrintsTheNationalHeadingsAndGetsTheLayoutItWouldReadInto() {
        Segments seg = Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText()));
        assertThat(seg.tables()).hasSize(12);
        for (Segments.TableRegion r : seg.tables()) {
            TableProfile p = TableProfiles.of(r.id());
            List<SourceLine> header = headerOf(r, p);
            assertThat(header).as(r.id().label()).isNotEmpty();
            TableLayout standard = StandardLayouts.forHeader(header, p);
            assertThat(standard).as(r.id().label()).isNotNull().isEqualTo(readTheLongWay(header, p));
        }
    }

    @Test
    void aHeaderWithLineBreakSpacesAndTrailingTabsIsStillTheNationalOne() {
        TableProfile p = TableProfiles.of(TableId.T2);
        List<SourceLine> header = List.of(
                SourceLine.of(7, "科目代码\t\t\t科目名称\t总计\t财政拨款（补助）\t\t\t\t\t\t财政专户 （教育收 费）\t单位资金\t财政拨款 结转\t非财政拨 款结转结 余\t\t"),
                SourceLine.of(8, " 类\t款\t项\t\t\t财政拨款 （补助）小 计\t一般公共 预算\t上级一般 公共预算 安排的转 移支付\t政府性基 金预算"
                        + "\t上级政府 性基金安 排的转移 支付\t国有资本 经营预算\t\t\t\t"));
        TableLayout standard = StandardLayouts.forHeader(header, p);
        assertThat(standard).isNotNull().isEqualTo(readTheLongWay(header, p)).isEqualTo(TableLayout.standard(p));
    }

    @Test
    void aHeaderThatDiffersInAnyWayIsReadTheLongWay() {
        TableProfile p = TableProfiles.of(TableId.T3);
        String l1 = "科目\t\t\t支出预算";
        String l2 = "科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出";
        String l3 = "类\t款\t项";
        assertThat(StandardLayouts.forHeader(lines(l1, l2, l3), p)).isNotNull();
        // another heading, a heading moved, a column more, a line fewer, a line more
        assertThat(StandardLayouts.forHeader(lines(l1, l2.replace("合计", "总计"), l3), p)).isNull();
        assertThat(StandardLayouts.forHeader(lines(l1, l2.replace("\t\t\t科目名称", "\t\t科目名称\t"), l3), p)).isNull();
        assertThat(StandardLayouts.forHeader(lines(l1, l2 + "\t其他", l3), p)).isNull();
        assertThat(StandardLayouts.forHeader(lines(l1, l2), p)).isNull();
        assertThat(StandardLayouts.forHeader(lines(l1, l2, l3, "\t\t\t\t合计"), p)).isNull();
        // a space that is no line break (between two Latin letters) is kept by the heading, so it differs
        assertThat(StandardLayouts.forHeader(lines(l1, l2.replace("合计", "合计 A B"), l3), p)).isNull();
    }

    @Test
    void aHeaderThatNamesAnUnknownColumnIsReportedAsBefore() {
        // the national header of 表3 with a column of its own: read the long way, its unknown column said aloud
        TableFixtures.Read read = TableFixtures.read(TableId.T3, """
                科目\t\t\t支出预算
                科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出\t自定义列
                类\t款\t项
                201\t\t\t一般公共服务支出\t10.00\t4.00\t6.00\t1.00
                """);
        assertThat(read.codes()).contains("READ-COLUMN-UNKNOWN");
        assertThat(read.table().columns()).hasSize(4);
    }

    private static List<SourceLine> lines(String... raw) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            out.add(SourceLine.of(i + 1, raw[i]));
        }
        return out;
    }

    private static TableLayout readTheLongWay(List<SourceLine> header, TableProfile p) {
        List<List<String>> cells = new ArrayList<>();
        for (SourceLine l : header) {
            cells.add(l.cells());
        }
        TableLayout.Reading r = TableLayout.read(HeaderGrid.of(cells), p);
        assertThat(r).isNotNull();
        assertThat(r.silent(p)).isTrue();
        return r.layout();
    }

    /** The first-page header lines: the tabular lines read as headers before the first data row. */
    private static List<SourceLine> headerOf(Segments.TableRegion r, TableProfile p) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine l : r.lines()) {
            if (!l.isTabular() || l.isBlank()) {
                continue;
            }
            if (!TableReader.isHeader(l, p)) {
                break;
            }
            out.add(l);
        }
        return out;
    }
}

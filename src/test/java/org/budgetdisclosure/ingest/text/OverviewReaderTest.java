package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Overview;
import org.junit.jupiter.api.Test;

class OverviewReaderTest {

    private static Overview read(String part1, ReadContext ctx) {
        return OverviewReader.read(TextDisclosureReader.lines(part1), ctx);
    }

    private static List<String> codes(ReadContext ctx) {
        return ctx.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void numberedDutiesLoseTheirNumbersAndPdfSpaces() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                ### 一、 主要职能

                1. 负责 昌吉市人民政府会议的准备工作。

                2、协助市人民政府领导同志组织起草公文。
                （3）负责指导、监督政务公开工作。
                ### 二、 机构设置
                本单位无下属预算单位。
                """, ctx);

        assertThat(o.duties()).containsExactly(
                "负责昌吉市人民政府会议的准备工作。",
                "协助市人民政府领导同志组织起草公文。",
                "负责指导、监督政务公开工作。");
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void aDutyWrappedOverLinesIsRejoined() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                一、主要职能
                1. 负责昌吉市人民政府会议的准备工作，并做好会议
                记录，整理会议纪要。

                2. 负责政府的信息调研工作。
                二、机构设置
                本单位无下属预算单位。
                """, ctx);

        assertThat(o.duties()).containsExactly("负责昌吉市人民政府会议的准备工作，并做好会议记录，整理会议纪要。", "负责政府的信息调研工作。");
    }

    @Test
    void sectionsAreFoundByNameAtAnyHeadingLevelOrNone() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                ##### （一）部门职责
                1. 负责会议。
                二、 机构 设置
                本单位无下属预算单位。
                """, ctx);

        assertThat(o.duties()).containsExactly("负责会议。");
        assertThat(o.organisationText()).isEqualTo("本单位无下属预算单位。");
        assertThat(o.subordinateUnits()).isEmpty();
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void aShortNumberedDutyNamingAnInstitutionIsStillADuty() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                一、主要职能
                1. 机构编制管理
                2. 完成上级交办的其他职责。
                二、机构设置
                本单位无下属预算单位。
                """, ctx);

        assertThat(o.duties()).containsExactly("机构编制管理", "完成上级交办的其他职责。");
    }

    @Test
    void unitsListedAfterAColonAreTheSubordinateUnits() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                一、主要职能
                1. 负责会议。
                二、机构设置
                本部门下属预算单位 3 个，包括：昌吉市政务服务中心、昌吉市外事服务中心、昌吉市档案馆。
                """, ctx);

        assertThat(o.subordinateUnits()).containsExactly("昌吉市政务服务中心", "昌吉市外事服务中心", "昌吉市档案馆");
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void unitsInANumberedListUnderTheSentenceAreTheSubordinateUnits() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                一、主要职能
                1. 负责会议。
                二、机构设置
                从预算单位构成看，本部门部门预算包括：部门本级预算和所属单位预算。纳入 2026 年部门预算编制范围的二级预算单位包括：
                1. 昌吉市政务服务中心
                2. 昌吉市外事服务中心等 2 个单位
                """, ctx);

        assertThat(o.subordinateUnits()).containsExactly("昌吉市政务服务中心", "昌吉市外事服务中心");
        assertThat(o.organisationText()).contains("部门本级预算和所属单位预算");
    }

    @Test
    void internalDivisionsAreNotSubordinateUnits() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                一、主要职能
                1. 负责会议。
                二、机构设置
                本部门内设机构包括：秘书科、综合科、信息科。本部门无下属单位。
                """, ctx);

        assertThat(o.subordinateUnits()).isEmpty();
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void unitsInATableColumnNamedUnitNameAreTheSubordinateUnits() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                一、主要职能
                1. 负责会议。
                二、机构设置
                序号\t单位名称\t单位性质
                1\t昌吉市政务服务中心\t事业单位
                2\t昌吉市档案馆\t事业单位
                """, ctx);

        assertThat(o.subordinateUnits()).containsExactly("昌吉市政务服务中心", "昌吉市档案馆");
    }

    @Test
    void missingSectionsAreWarnedAboutAndReadNothing() {
        ReadContext ctx = new ReadContext("t");
        Overview o = read("""
                本部门是市政府的办事机构。
                """, ctx);

        assertThat(o.duties()).isEmpty();
        assertThat(o.organisationText()).isNull();
        assertThat(codes(ctx)).containsExactly("READ-OVERVIEW", "READ-OVERVIEW");
        assertThat(ctx.diagnostics()).extracting(Diagnostic::severity).containsOnly(Diagnostic.Severity.WARNING);
    }

    @Test
    void anEmptyPartIsWarnedAbout() {
        ReadContext ctx = new ReadContext("t");
        Overview o = OverviewReader.read(List.of(), ctx);

        assertThat(o.duties()).isEmpty();
        assertThat(o.at()).isNull();
        assertThat(codes(ctx)).containsExactly("READ-OVERVIEW");
    }

    @Test
    void theSampleHasNineDutiesAndNoSubordinateUnits() {
        ReadContext ctx = new ReadContext(Samples.SAMPLE_NAME);
        Overview o = OverviewReader.read(Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText())).part1(), ctx);

        assertThat(o.duties()).hasSize(9);
        assertThat(o.duties().get(0)).isEqualTo("负责昌吉市人民政府会议的准备工作，并做好会议记录，整理会议纪要，"
                + "协助市人民政府领导组织会议事项的实施；负责政府领导参加重大活动的协调和安排工作。");
        assertThat(o.duties().get(8)).isEqualTo("负责指导、监督昌吉市政务公开及政府信息公开工作。");
        assertThat(o.duties()).noneMatch(d -> d.matches("^\\d.*") || d.contains(" "));
        assertThat(o.organisationText()).isEqualTo("昌吉市人民政府办公室无下属预算单位。");
        assertThat(o.subordinateUnits()).isEmpty();
        assertThat(o.at().line()).isEqualTo(58);
        assertThat(ctx.diagnostics()).isEmpty();
    }
}

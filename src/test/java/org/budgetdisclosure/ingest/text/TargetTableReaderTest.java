package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Targets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TargetTableReaderTest {

    /**
     * One target table region from a text block: its first line is the title, {@code |} stands
     * for a tab (text blocks would strip leading tabs as indentation).
     */
    private static Segments.TargetRegion region(String text) {
        List<SourceLine> lines = TextDisclosureReader.lines(text.replace("|", "\t"));
        SourceLine title = lines.get(0);
        Segments.TargetKind kind = title.text().contains("项目") ? Segments.TargetKind.PROJECT : Segments.TargetKind.DEPARTMENT;
        return new Segments.TargetRegion(kind, title, lines.subList(1, lines.size()));
    }

    private static DepartmentTarget department(String text, ReadContext ctx) {
        return TargetTableReader.read(List.of(region(text)), ctx).department();
    }

    private static ProjectTarget project(String text, ReadContext ctx) {
        return TargetTableReader.read(List.of(region(text)), ctx).projects().get(0);
    }

    private static BigDecimal weights(List<Indicator> indicators) {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Diagnostics about indicator rows, leaving out those about the key/value rows a test left out. */
    private static List<Diagnostic> indicatorDiagnostics(ReadContext ctx) {
        return ctx.diagnostics().stream().filter(d -> !d.code().equals("READ-TARGET-FIELD")).toList();
    }

    private static List<Diagnostic> diagnostics(ReadContext ctx, String code) {
        return ctx.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Nested
    class KeyValueRows {

        @Test
        void departmentLabelsAreReadByNameWhereverTheyStandInTheRow() {
            ReadContext ctx = new ReadContext("t");
            DepartmentTarget d = department("""
                    部门整体绩效目标表
                    (2026 年)
                    <b>部门名称 (盖章)</b>|昌吉市人民政府办公室||||
                    <b>联系电话</b>|2596 896|<b>部门联系人</b>|徐荣||
                    <b>年度绩效目标</b>|<p>筹办会议 200 场次，公开 政务信息。</p>||||
                    <b>年度预算(万元)</b>|资金来源||资金总额 (万元)||
                    |财政资金 (万元)|上级安排|10.00||
                    ||本级安排|1,229.69||
                    |其他资金 (万元)|其他|0.00||
                    |合计：||1,239.69||
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>指标设定依据</b>|<b>分值权重</b>
                    """, ctx);

            assertThat(d.year()).isEqualTo(2026);
            assertThat(d.department()).isEqualTo("昌吉市人民政府办公室");
            assertThat(d.contact()).isEqualTo("徐荣");
            assertThat(d.phone()).isEqualTo("2596896");
            assertThat(d.goal()).isEqualTo("筹办会议200场次，公开政务信息。");
            assertThat(d.superiorFunds()).isEqualTo(Money.of("10.00"));
            assertThat(d.ownFunds()).isEqualTo(Money.of("1229.69"));
            assertThat(d.otherFunds()).isEqualTo(Money.of("0.00"));
            assertThat(d.total()).isEqualTo(Money.of("1239.69"));
            assertThat(ctx.diagnostics()).isEmpty();
        }

        @Test
        void projectHeaderRowsGiveUnitNameManagerFundsAndGoal() {
            ReadContext ctx = new ReadContext("t");
            ProjectTarget p = project("""
                    项目支出绩效目标表
                    (2026年)
                    <b>预算单位</b>||昌吉市人民政府办公室||||||
                    <b>项目名称</b>||电子政务维护费||||<b>项目负责人</b>|刘爱军|
                    <b>项目资金(万元)</b>||年度预算总额|87.74|其中：财政拨款|87.74|其他资金|0.00|
                    <b>项目总体目标</b>||进行电子政务外网运行维护 1 次||||||
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>指标值设置依据</b>|<b>上年完成值</b>|<b>指标分值权重</b>|<b>指标赋分规则</b>|<b>佐证资料</b>
                    """, ctx);

            assertThat(p.year()).isEqualTo(2026);
            assertThat(p.unit()).isEqualTo("昌吉市人民政府办公室");
            assertThat(p.projectName()).isEqualTo("电子政务维护费");
            assertThat(p.manager()).isEqualTo("刘爱军");
            assertThat(p.budgetTotal()).isEqualTo(Money.of("87.74"));
            assertThat(p.fiscal()).isEqualTo(Money.of("87.74"));
            assertThat(p.other()).isEqualTo(Money.of("0.00"));
            assertThat(p.goal()).isEqualTo("进行电子政务外网运行维护1次");
            assertThat(ctx.diagnostics()).isEmpty();
        }

        @Test
        void aGoalParagraphWrappedOverLinesIsJoinedBackIntoItsRow() {
            ReadContext ctx = new ReadContext("t");
            ProjectTarget p = project("""
                    项目支出绩效目标表
                    <b>项目名称</b>||运行补助经费||||<b>项目负责人</b>|范建新|
                    <b>项目总体目标</b>||<p>开展外出考察学习次数 20 次，
                    外出培训次数 10 次。</p>||||||
                    <b>项目资金(万元)</b>||年度预算总额|67.78|其中：财政拨款|67.78|其他资金|0.00|
                    """, ctx);

            assertThat(p.goal()).isEqualTo("开展外出考察学习次数20次，外出培训次数10次。");
            assertThat(p.budgetTotal()).isEqualTo(Money.of("67.78"));
        }

        @Test
        void aBoldValueIsAValueAndAnUnknownBoldLabelIsNoticedWithoutTakingItsValue() {
            ReadContext ctx = new ReadContext("t");
            DepartmentTarget d = department("""
                    部门整体绩效目标表
                    <b>部门名称</b>|<b>昌吉市财政局</b>|<b>绩效管理员</b>|李四
                    |<b>合计：</b>||<b>1,229.69</b>||
                    """, ctx);

            assertThat(d.department()).isEqualTo("昌吉市财政局");
            assertThat(d.total()).isEqualTo(Money.of("1229.69"));
            assertThat(d.contact()).isNull();
            assertThat(diagnostics(ctx, "READ-TARGET-LABEL")).singleElement().satisfies(n -> {
                assertThat(n.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
                assertThat(n.message()).contains("绩效管理员");
                assertThat(n.at().line()).isEqualTo(2);
            });
        }

        @Test
        void anAmountThatIsNotAnAmountIsLeftOutWithAWarningAtItsLine() {
            ReadContext ctx = new ReadContext("t");
            ProjectTarget p = project("""
                    项目支出绩效目标表
                    <b>项目名称</b>||某项目||||<b>项目负责人</b>|张三|
                    <b>项目资金(万元)</b>||年度预算总额|八十七|其中：财政拨款|87.74|其他资金|0.00|
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    """, ctx);

            assertThat(p.budgetTotal()).isNull();
            assertThat(p.fiscal()).isEqualTo(Money.of("87.74"));
            assertThat(diagnostics(ctx, "READ-TARGET-AMOUNT")).singleElement()
                    .satisfies(d -> assertThat(d.at().line()).isEqualTo(3));
        }

        @Test
        void theYearIsReadFromTheTitleWhenNoYearLineFollowsIt() {
            ReadContext ctx = new ReadContext("t");
            ProjectTarget p = project("""
                    2025年项目支出绩效目标表
                    <b>项目名称</b>||某项目||||
                    """, ctx);

            assertThat(p.year()).isEqualTo(2025);
        }
    }

    @Nested
    class IndicatorRows {

        @Test
        void columnsAreMappedFromTheHeaderNamesNotFromTheirPositions() {
            ReadContext ctx = new ReadContext("t");
            ProjectTarget p = project("""
                    项目支出绩效目标表
                    <b>项目名称</b>||某项目||||
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>分值权重</b>|<b>指标值</b>|<b>佐证资料</b>|<b>评分标准</b>|<b>上年实际值</b>|<b>设定依据</b>
                    产出指标|数量指标|健康检测人数|15|≥80 人次|工作资料|按照完成比例赋分|70 人次|计划标准
                    """, ctx);

            assertThat(p.indicators()).singleElement().satisfies(i -> {
                assertThat(i.level3()).isEqualTo("健康检测人数");
                assertThat(i.weight()).isEqualByComparingTo("15");
                assertThat(i.value().raw()).isEqualTo("≥80人次");
                assertThat(i.evidence()).isEqualTo("工作资料");
                assertThat(i.scoringRule()).isEqualTo("按照完成比例赋分");
                assertThat(i.lastYear()).isEqualTo("70人次");
                assertThat(i.basis()).isEqualTo("计划标准");
                assertThat(i.at().line()).isEqualTo(4);
            });
        }

        @Test
        void blankCategoryCellsCarryDownFromTheRowAbove() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    产出指标|数量指标|A|=1 次|5
                    ||B|=2 次|5
                    |质量指标|C|=100%|5
                    成本指标|经济成本指标|D|≤19 万元|5
                    ||E|<=3.78万元|5
                    """, ctx).indicators();

            assertThat(is).extracting(Indicator::level1, Indicator::level2, Indicator::level3).containsExactly(
                    tuple("产出指标", "数量指标", "A"),
                    tuple("产出指标", "数量指标", "B"),
                    tuple("产出指标", "质量指标", "C"),
                    tuple("成本指标", "经济成本指标", "D"),
                    tuple("成本指标", "经济成本指标", "E"));
            assertThat(indicatorDiagnostics(ctx)).isEmpty();
        }

        @Test
        void aNewFirstLevelGroupDoesNotInheritTheSecondLevelNameOfTheGroupBefore() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    产出指标|数量指标|A|=1 次|5
                    成本指标||B|=2 万元|5
                    """, ctx).indicators();

            assertThat(is.get(1).level1()).isEqualTo("成本指标");
            assertThat(is.get(1).level2()).isNull();
            assertThat(diagnostics(ctx, "READ-TARGET-INDICATOR")).singleElement()
                    .satisfies(d -> assertThat(d.at().line()).isEqualTo(4));
        }

        @Test
        void namesSplitByPdfSpacesAreJoined() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>指标值设置依据</b>|<b>上年完成值</b>|<b>指标分值权重</b>|<b>指标赋分规则</b>|<b>佐证资料</b>
                    效益 指标|社会 效益 指标|提升机关运转效率|有效 提升|计划标准|90%|20|按评判等级赋分|工作资料
                    满意 度指 标|满意 度指 标|被慰问对象满意度指标|> =90%|计划标准|/|10|按照完成比例赋 分|说明材料
                    """, ctx).indicators();

            assertThat(is).extracting(Indicator::level1, Indicator::level2, Indicator::scoringRule).containsExactly(
                    tuple("效益指标", "社会效益指标", "按评判等级赋分"),
                    tuple("满意度指标", "满意度指标", "按照完成比例赋分"));
            assertThat(is.get(0).value().raw()).isEqualTo("有效提升");
            assertThat(is.get(0).value().isQuantitative()).isFalse();
            assertThat(is.get(1).value().operator()).isEqualTo(Operator.GE);
            assertThat(is.get(1).lastYear()).isEqualTo("/");
        }

        @Test
        void aRowBrokenByAPageIsMergedIntoThePreviousIndicatorNotReadAsANewOne() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = department("""
                    部门整体绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>指标设定依据</b>|<b>分值权重</b>
                    履职效能|质量指标|依法申请公开答复率|=100%|《政府信息公开申请办理答复操作指|19

                    ||||南》|
                    |质量指标|政务公开覆盖率|=100%|《关于做好政府信息公开有关工作的通知》|17
                    """, ctx).indicators();

            assertThat(is).hasSize(2);
            assertThat(is.get(0).basis()).isEqualTo("《政府信息公开申请办理答复操作指南》");
            assertThat(is.get(0).weight()).isEqualByComparingTo("19");
            assertThat(is.get(1).level3()).isEqualTo("政务公开覆盖率");
            assertThat(diagnostics(ctx, "READ-TARGET-ROW-MERGED")).singleElement()
                    .satisfies(d -> assertThat(d.at().line()).isEqualTo(5));
        }

        @Test
        void aContinuationRowMayCarryTheWeightTheFirstPartLacked() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = department("""
                    部门整体绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>指标设定依据</b>|<b>分值权重</b>
                    履职效能|质量指标|依法申请公开答复率|=100%|《答复操作指|
                    ||||南》|19
                    """, ctx).indicators();

            assertThat(is).singleElement().satisfies(i -> {
                assertThat(i.basis()).isEqualTo("《答复操作指南》");
                assertThat(i.weight()).isEqualByComparingTo("19");
            });
            assertThat(diagnostics(ctx, "READ-TARGET-WEIGHT")).isEmpty();
        }

        @Test
        void leftoverNameFragmentsAndMarkdownRulesAreDroppedWithANotice() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    满意度指标|满意度指标|接入站点单位满意度|=90%|10

                    标|标||||
                    ---|---|--|--|--
                    """, ctx).indicators();

            assertThat(is).singleElement().satisfies(i -> assertThat(i.level1()).isEqualTo("满意度指标"));
            assertThat(diagnostics(ctx, "READ-TARGET-ROW-DROPPED"))
                    .extracting(d -> d.severity(), d -> d.at().line())
                    .containsExactly(tuple(Diagnostic.Severity.NOTICE, 5), tuple(Diagnostic.Severity.NOTICE, 6));
            assertThat(diagnostics(ctx, "READ-TARGET-ROW-DROPPED").get(0).message()).contains("“标 | 标”");
        }

        @Test
        void aFragmentThatFinishesACategoryNameCutByThePageCompletesIt() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    满意度指|满意度指|接入站点单位满意度|=90%|10
                    标|标||||
                    """, ctx).indicators();

            assertThat(is).singleElement().satisfies(i -> {
                assertThat(i.level1()).isEqualTo("满意度指标");
                assertThat(i.level2()).isEqualTo("满意度指标");
            });
        }

        @Test
        void aCategoryPrintedOnARowOfItsOwnHeadsTheRowsBelow() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    产出指标|数量指标|A|=1 次|5
                    效益指标|社会效益指标||||
                    ||B|有效提高|20
                    """, ctx).indicators();

            assertThat(is).extracting(Indicator::level1, Indicator::level2, Indicator::level3).containsExactly(
                    tuple("产出指标", "数量指标", "A"),
                    tuple("效益指标", "社会效益指标", "B"));
        }

        @Test
        void theHeaderRepeatedOnANewPageIsNotAnIndicator() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    产出指标|数量指标|A|=1 次|5
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    ||B|=2 次|5
                    """, ctx).indicators();

            assertThat(is).extracting(Indicator::level3).containsExactly("A", "B");
        }

        @Test
        void aValueThatCannotBeParsedKeepsItsTextAndWarnsAtItsLine() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    产出指标|数量指标|A|≥80-90%|5
                    """, ctx).indicators();

            assertThat(is.get(0).value().raw()).isEqualTo("≥80-90%");
            assertThat(is.get(0).value().operator()).isNull();
            assertThat(diagnostics(ctx, "READ-TARGET-VALUE")).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
                assertThat(d.at().line()).isEqualTo(3);
            });
        }

        @Test
        void weightsAreDecimalsAndAMissingWeightIsWarnedAbout() {
            ReadContext ctx = new ReadContext("t");
            List<Indicator> is = project("""
                    项目支出绩效目标表
                    <b>一级指标</b>|<b>二级指标</b>|<b>三级指标</b>|<b>指标值</b>|<b>分值权重</b>
                    产出指标|数量指标|A|=1 次|2.5
                    ||B|=2 次|
                    """, ctx).indicators();

            assertThat(is.get(0).weight()).isEqualTo(new BigDecimal("2.5"));
            assertThat(is.get(1).weight()).isNull();
            assertThat(diagnostics(ctx, "READ-TARGET-WEIGHT")).singleElement()
                    .satisfies(d -> assertThat(d.at().line()).isEqualTo(4));
        }

        @Test
        void aTableWithoutAnIndicatorHeaderIsAnErrorAndYieldsNoIndicators() {
            ReadContext ctx = new ReadContext("t");
            ProjectTarget p = project("""
                    项目支出绩效目标表
                    <b>项目名称</b>||某项目||||
                    产出指标|数量指标|A|=1 次|5
                    """, ctx);

            assertThat(p.projectName()).isEqualTo("某项目");
            assertThat(p.indicators()).isEmpty();
            assertThat(diagnostics(ctx, "READ-TARGET-INDICATORS")).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR));
        }
    }

    @Test
    void aSecondDepartmentTableIsWarnedAboutAndTheFirstIsKept() {
        ReadContext ctx = new ReadContext("t");
        Targets t = TargetTableReader.read(List.of(
                region("部门整体绩效目标表\n<b>部门名称</b>|甲\n"),
                region("部门整体绩效目标表\n<b>部门名称</b>|乙\n")), ctx);

        assertThat(t.department().department()).isEqualTo("甲");
        assertThat(diagnostics(ctx, "READ-TARGET-DUPLICATE")).hasSize(1);
    }

    @Nested
    class TheSample {

        private final ReadContext ctx = new ReadContext(Samples.SAMPLE_NAME);
        private final Targets targets = TargetTableReader.read(
                Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText())).targets(), ctx);

        @Test
        void departmentTargetHasItsHeaderFieldsAndBudget() {
            DepartmentTarget d = targets.department();
            assertThat(d.year()).isEqualTo(2026);
            assertThat(d.department()).isEqualTo("昌吉市人民政府办公室");
            assertThat(d.contact()).isEqualTo("徐荣");
            assertThat(d.phone()).isEqualTo("2596896");
            assertThat(d.goal()).startsWith("2026年昌吉市人民政府办公室办公经费主要用于").endsWith("筑牢政务保障根基。");
            assertThat(d.superiorFunds()).isEqualTo(Money.of("0.00"));
            assertThat(d.ownFunds()).isEqualTo(Money.of("1,229.69"));
            assertThat(d.otherFunds()).isEqualTo(Money.of("0.00"));
            assertThat(d.total()).isEqualTo(Money.of("1,229.69"));
            assertThat(d.at().line()).isEqualTo(584);
        }

        @Test
        void departmentTargetHasFiveIndicatorsWeighingNinetyWithTheBrokenBasisMerged() {
            List<Indicator> is = targets.department().indicators();
            assertThat(is).hasSize(5);
            assertThat(weights(is)).isEqualByComparingTo("90");
            assertThat(is).extracting(Indicator::level1).containsOnly("履职效能");
            assertThat(is).extracting(Indicator::level2)
                    .containsExactly("数量指标", "数量指标", "质量指标", "质量指标", "质量指标");
            assertThat(is.get(3).level3()).isEqualTo("依法申请公开答复率");
            assertThat(is.get(3).basis()).isEqualTo("《昌吉市人民政府本级行政机关政府信息公开申请办理答复操作指南》");
            assertThat(is.get(0).value().operator()).isEqualTo(Operator.GE);
            assertThat(is.get(0).value().number()).isEqualByComparingTo("700");
            assertThat(is.get(0).value().unit()).isEqualTo("条");
            assertThat(is.get(1).value().unit()).isEqualTo("场次");
            assertThat(is).extracting(Indicator::lastYear, Indicator::scoringRule, Indicator::evidence)
                    .containsOnly(tuple(null, null, null));
        }

        @Test
        void threeProjectTargetsInPrintedOrderWithTheirFunds() {
            assertThat(targets.projects()).extracting(ProjectTarget::projectName, ProjectTarget::manager,
                            ProjectTarget::budgetTotal, ProjectTarget::fiscal, ProjectTarget::other, p -> p.indicators().size())
                    .containsExactly(
                            tuple("电子政务维护费", "刘爱军", Money.of("87.74"), Money.of("87.74"), Money.of("0.00"), 12),
                            tuple("化债工作奖补资金", "范建新", Money.of("5.00"), Money.of("5.00"), Money.of("0.00"), 7),
                            tuple("运行补助经费", "范建新", Money.of("67.78"), Money.of("67.78"), Money.of("0.00"), 15));
            assertThat(targets.projects()).extracting(ProjectTarget::year).containsOnly(2026);
            assertThat(targets.projects()).extracting(ProjectTarget::unit).containsOnly("昌吉市人民政府办公室");
        }

        @Test
        void projectWeightsAreAsPrintedNinetyNinetyAndEightySix() {
            // 运行补助经费's weights add up to 86, not the scheme's 90: the sample's own inconsistency,
            // read as printed for the checker to report
            assertThat(targets.projects()).extracting(p -> weights(p.indicators()))
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("86"));
        }

        @Test
        void electronicGovernmentIndicatorsCarryTheirCategoriesDown() {
            List<Indicator> is = targets.projects().get(0).indicators();
            assertThat(is).extracting(Indicator::level1, Indicator::level2).containsExactly(
                    tuple("产出指标", "数量指标"), tuple("产出指标", "数量指标"), tuple("产出指标", "数量指标"),
                    tuple("产出指标", "数量指标"), tuple("产出指标", "数量指标"), tuple("产出指标", "质量指标"),
                    tuple("产出指标", "时效指标"), tuple("成本指标", "经济成本指标"), tuple("成本指标", "经济成本指标"),
                    tuple("成本指标", "经济成本指标"), tuple("效益指标", "社会效益指标"), tuple("满意度指标", "满意度指标"));
            assertThat(is.get(7)).satisfies(i -> {
                assertThat(i.level3()).isEqualTo("维护费");
                assertThat(i.value().operator()).isEqualTo(Operator.EQ);
                assertThat(i.value().number()).isEqualByComparingTo("63");
                assertThat(i.value().unit()).isEqualTo("万元");
                assertThat(i.lastYear()).isEqualTo("55.5万元");
                assertThat(i.scoringRule()).isEqualTo("按照完成比例赋分");
                assertThat(i.evidence()).isEqualTo("原始凭证");
            });
            assertThat(is.get(10).value().isQuantitative()).isFalse();
            assertThat(is.get(10).value().raw()).isEqualTo("有效提高");
        }

        @Test
        void healthCheckIndicatorsHaveTheDateAndTheSpacedOperators() {
            List<Indicator> is = targets.projects().get(1).indicators();
            assertThat(is.get(3).value()).satisfies(v -> {
                assertThat(v.operator()).isEqualTo(Operator.EQ);
                assertThat(v.number()).isNull();
                assertThat(v.unit()).isEqualTo("2026年12月10日");
            });
            assertThat(is.get(4).value()).satisfies(v -> {
                assertThat(v.operator()).isEqualTo(Operator.LE);
                assertThat(v.number()).isEqualByComparingTo("625");
                assertThat(v.unit()).isEqualTo("元");
            });
            assertThat(is.get(6).value()).satisfies(v -> {
                assertThat(v.operator()).isEqualTo(Operator.GE);
                assertThat(v.number()).isEqualByComparingTo("95");
                assertThat(v.unit()).isEqualTo("%");
            });
            assertThat(is.get(4).evidence()).isEqualTo("工作资料,原始凭证");
        }

        @Test
        void runningSubsidyIndicatorsJoinSpacedNamesAndReadEveryOperator() {
            List<Indicator> is = targets.projects().get(2).indicators();
            assertThat(is).extracting(i -> i.value().operator()).containsExactly(
                    Operator.GE, Operator.GE, Operator.EQ, Operator.EQ, Operator.EQ, Operator.GE, Operator.EQ, Operator.GE,
                    Operator.LE, Operator.LE, Operator.LE, Operator.LE, Operator.LE, null, Operator.GE);
            assertThat(is.get(6).value().number()).isEqualByComparingTo("100");
            assertThat(is.get(6).value().unit()).isNull();
            assertThat(is.get(2).value().number()).isEqualByComparingTo("20000");
            assertThat(is.get(2).value().unit()).isEqualTo("个");
            assertThat(is.get(8).value().number()).isEqualByComparingTo("3.78");
            assertThat(is.get(11)).satisfies(i -> {
                assertThat(i.level3()).isEqualTo("外事经费");
                assertThat(i.level1()).isEqualTo("成本指标");
                assertThat(i.level2()).isEqualTo("经济成本指标");
                assertThat(i.scoringRule()).isEqualTo("按照完成比例赋分");
            });
            assertThat(is.get(13).level1()).isEqualTo("效益指标");
            assertThat(is.get(13).level2()).isEqualTo("社会效益指标");
            assertThat(is.get(13).value().raw()).isEqualTo("有效提升");
            assertThat(is.get(14).level1()).isEqualTo("满意度指标");
        }

        @Test
        void theSampleNeedsOnlyTheNoticesForTheMergedAndDroppedRows() {
            assertThat(ctx.diagnostics()).extracting(Diagnostic::severity, Diagnostic::code, d -> d.at().line())
                    .containsExactly(
                            tuple(Diagnostic.Severity.NOTICE, "READ-TARGET-ROW-MERGED", 602),
                            tuple(Diagnostic.Severity.NOTICE, "READ-TARGET-ROW-DROPPED", 627),
                            tuple(Diagnostic.Severity.NOTICE, "READ-TARGET-ROW-DROPPED", 628));
        }
    }
}

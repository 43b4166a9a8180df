package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.SubjectKind;
import org.junit.jupiter.api.Test;

class ProjectDescriptionReaderTest {

    private final ReadContext ctx = ExplanationFixtures.context();

    private ProjectDescriptionReader.Result read(String text) {
        return ProjectDescriptionReader.read(ParagraphJoiner.join(ExplanationFixtures.lines(text)), 7, ctx);
    }

    @Test
    void readsEachProjectWhateverTheLevelOfItsHeading() {
        ProjectDescriptionReader.Result r = read("""
                （一）项目名称：电子政务维护费

                设立的政策依据：《政府网站发展指引》

                预算安排规模：87.74万元

                项目承担单位：某单位

                资金分配情况：电子政务运行维护83万元，无纸办公系统4.74万元。

                资金执行时间：2026年1月1日-2026年12月31日

                ## （二）项目名称：化债工作奖补资金

                设立的政策依据：依据有关文件。

                预算安排规模：5.00 万元

                项目承担单位：某单位

                资金分配情况：参加健康体检 80 人次，人均 625 元。

                资金执行时间：2026 年 1 月 1 日-2026 年 12 月 31 日
                """);

        assertThat(r.projects()).extracting(ProjectDescription::name).containsExactly("电子政务维护费", "化债工作奖补资金");
        ProjectDescription p = r.projects().get(0);
        assertThat(p.policyBasis()).isEqualTo("《政府网站发展指引》");
        assertThat(p.amount()).isEqualTo(Money.of("87.74"));
        assertThat(p.unit()).isEqualTo("某单位");
        assertThat(p.allocationText()).isEqualTo("电子政务运行维护83万元，无纸办公系统4.74万元。");
        assertThat(p.allocation()).hasSize(2);
        assertThat(p.executionPeriod()).isEqualTo("2026年1月1日-2026年12月31日");
        assertThat(p.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(p.at().line()).isEqualTo(1);
        assertThat(r.projects().get(1).amount()).isEqualTo(Money.of("5.00"));
        assertThat(r.projects().get(1).allocation()).isEmpty();
        assertThat(r.facts()).hasSize(2).allSatisfy(f -> assertThat(f.subject().kind()).isEqualTo(SubjectKind.PROJECT));
        assertThat(r.facts().get(0).at().line()).isEqualTo(5);
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void warnsAboutMissingFieldsAndAnImpossibleDate() {
        ProjectDescriptionReader.Result r = read("""
                （一）项目名称：某项目
                预算安排规模：10万元
                资金执行时间：2026年2月30日-2026年12月31日
                """);

        assertThat(r.projects()).singleElement().satisfies(p -> {
            assertThat(p.start()).isNull();
            assertThat(p.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
        assertThat(ctx.diagnostics()).extracting(d -> d.code())
                .containsExactly("READ-PROJECT-FIELD-MISSING", "READ-PROJECT-PERIOD");
        assertThat(ctx.diagnostics().get(0).message()).contains("设立的政策依据、项目承担单位、资金分配情况");
    }

    @Test
    void aParagraphWithoutALabelContinuesTheFieldAboveIt() {
        ProjectDescriptionReader.Result r = read("""
                （一）项目名称：某项目
                设立的政策依据：
                1.《甲办法》
                2.《乙通知》
                """);

        assertThat(r.projects().get(0).policyBasis()).isEqualTo("1.《甲办法》\n2.《乙通知》");
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.ingest.text.TableFixtures.BODY;
import static org.budgetdisclosure.ingest.text.TableFixtures.read;

import java.util.List;
import org.budgetdisclosure.ingest.text.TableFixtures.Read;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/** How the rows of each kind of table are typed: two-sided, economic, project, item and unit rows. */
class TableRowKindsTest {

    @Test
    void aTwoSidedLineGivesAnIncomeItemAndAnExpenditureClassRow() {
        Read r = read(TableId.T1, """
                收入\t\t支出\t
                项目\t预算数\t科目名称\t预算数
                <b>一、本年收入</b>\t<b>1, 229. 70</b>\t201 一般公共服务支出\t963. 77
                \t\t230 转移性支出\t
                <b>收入总计</b>\t<b>1, 229. 70</b>\t<b>支出总计</b>\t<b>1, 229. 70</b>
                """);
        Table t = r.table();

        assertThat(t.columns()).containsExactly(new Column("amount", "预算数", Side.INCOME),
                new Column("amount", "预算数", Side.EXPENDITURE));
        assertThat(t.rows()).extracting(Row::kind, Row::side, Row::key, Row::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RowKind.ITEM, Side.INCOME, "currentIncome", null),
                org.assertj.core.groups.Tuple.tuple(RowKind.FUNCTION, Side.EXPENDITURE, null, "201"),
                org.assertj.core.groups.Tuple.tuple(RowKind.FUNCTION, Side.EXPENDITURE, null, "230"),
                org.assertj.core.groups.Tuple.tuple(RowKind.TOTAL, Side.INCOME, "total", null),
                org.assertj.core.groups.Tuple.tuple(RowKind.TOTAL, Side.EXPENDITURE, "total", null));
        Row income = t.rows().get(0);
        Row expenditure = t.rows().get(1);
        assertThat(income.cell("amount")).contains(Money.of("1229.70"));
        assertThat(expenditure.cell("amount")).contains(Money.of("963.77"));
        assertThat(expenditure.name()).isEqualTo("一般公共服务支出");
        assertThat(expenditure.level()).isEqualTo(CodeLevel.CLASS);
        // bold is per half: the income label is bold, the expenditure line beside it is not
        assertThat(income.bold()).isTrue();
        assertThat(expenditure.bold()).isFalse();
        assertThat(income.at().line()).isEqualTo(expenditure.at().line()).isEqualTo(BODY + 2);
        assertThat(t.rows().get(2).isEmpty()).isTrue();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void incomeItemKeysDependOnTheLineTheyArePrintedUnder() {
        Table t = read(TableId.T1, """
                收入\t\t支出\t
                项目\t预算数\t科目名称\t预算数
                <b>一、本年收入</b>\t<b>10.00</b>\t201 一般公共服务支出\t12.00
                <b>1. 一般公共预算拨款</b>\t<b>10.00</b>\t202 外交支出\t
                其中：一般财力\t8.00\t203 国防支出\t
                上级一般公共预算安排转移支付\t2.00\t204 公共安全支出\t
                <b>5. 单位资金</b>\t\t205 教育支出\t
                其中：事业收入\t\t206 科学技术支出\t
                <b>二、上年结转结余</b>\t<b>2.00</b>\t207 文化旅游体育与传媒支出\t
                <b>1. 财政拨款结转</b>\t<b>2.00</b>\t208 社会保障和就业支出\t
                其中：一般公共预算拨款\t2.00\t209 社会保险基金支出\t
                政府性基金预算拨款\t\t210 卫生健康支出\t
                <b>2. 非财政拨款结转结余</b>\t\t211 节能环保支出\t
                其中：财政专户核拨\t\t212 城乡社区支出\t
                单位资金\t\t213 农林水支出\t
                """).table();

        List<String> keys = t.rows().stream().filter(r -> r.side() == Side.INCOME).map(Row::key).toList();
        assertThat(keys).containsExactly("currentIncome", "gpb", "gpbOwn", "gpbTransfer", "unitFunds", "businessIncome",
                "carryover", "carryFiscal", "carryFiscalGpb", "carryFiscalFund", "carryNonFiscal",
                "carryNonFiscalSpecial", "carryNonFiscalUnit");
        assertThat(t.rowByKey(Side.INCOME, "gpb").flatMap(r -> r.cell("amount"))).contains(Money.of("10.00"));
        assertThat(t.rowByKey(Side.INCOME, "carryFiscalGpb").flatMap(r -> r.cell("amount"))).contains(Money.of("2.00"));
    }

    @Test
    void anIncomeLabelNotInTheDictionaryIsStillARowWithAWarning() {
        Read r = read(TableId.T1, """
                收入\t\t支出\t
                项目\t预算数\t科目名称\t预算数
                用事业基金弥补收支差额\t3.00\t201 一般公共服务支出\t3.00
                """);

        Row item = r.table().rows().get(0);
        assertThat(item.kind()).isEqualTo(RowKind.ITEM);
        assertThat(item.key()).isNull();
        assertThat(item.name()).isEqualTo("用事业基金弥补收支差额");
        assertThat(item.cell("amount")).contains(Money.of("3.00"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-ITEM-UNKNOWN");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.at().line()).isEqualTo(BODY + 2);
        });
    }

    @Test
    void table4ReadsFiscalIncomeBesideExpenditureByBudgetType() {
        Read r = read(TableId.T4, """
                财政拨款收入\t\t财政拨款支出\t\t\t\t
                项目\t合计\t科目名称\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算
                <b>一、财政拨款（补助）</b>\t<b>1,229.70</b>\t201 一般公共服务支出\t963.77\t963.77\t\t
                一般公共预算\t1,229.70\t202 外交支出\t\t\t\t
                政府性基金预算\t\t203 国防支出\t\t\t\t
                <b>二、上年结转</b>\t\t204 公共安全支出\t\t\t\t
                一般公共预算\t\t205 教育支出\t\t\t\t
                <b>收入总计</b>\t<b>1,229.70</b>\t<b>支出总计</b>\t<b>1,229.70</b>\t<b>1,229.70</b>\t\t
                """);
        Table t = r.table();

        assertThat(t.columns()).extracting(Column::key, Column::side).containsExactly(
                org.assertj.core.groups.Tuple.tuple("amount", Side.INCOME),
                org.assertj.core.groups.Tuple.tuple("total", Side.EXPENDITURE),
                org.assertj.core.groups.Tuple.tuple("gpb", Side.EXPENDITURE),
                org.assertj.core.groups.Tuple.tuple("fund", Side.EXPENDITURE),
                org.assertj.core.groups.Tuple.tuple("soe", Side.EXPENDITURE));
        assertThat(t.rows().stream().filter(x -> x.side() == Side.INCOME).map(Row::key))
                .containsExactly("fiscal", "gpb", "fund", "carryFiscal", "carryFiscalGpb", "total");
        assertThat(t.rowByCode("201").flatMap(x -> x.cell("gpb"))).contains(Money.of("963.77"));
        assertThat(t.rowByKey(Side.EXPENDITURE, "total").flatMap(x -> x.cell("gpb"))).contains(Money.of("1229.70"));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void economicRowsJoinTheClassWithTheTwoDigitsBeforeTheName() {
        Table t = read(TableId.T6, """
                科目\t\t一般公共预算基本支出\t\t
                科目代码\t科目名称\t合计\t人员经费\t公用经费
                类\t款\t\t\t
                <b>301</b>\t<b>工资福利支出</b>\t<b>227.50</b>\t<b>227.50</b>\t
                301\t01 基本工资\t227.50\t227.50\t
                \t<b>总计</b>\t<b>227.50</b>\t<b>227.50</b>\t
                """).table();

        assertThat(t.rows()).extracting(Row::kind, Row::code, Row::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RowKind.ECONOMIC, "301", "工资福利支出"),
                org.assertj.core.groups.Tuple.tuple(RowKind.ECONOMIC, "30101", "基本工资"),
                org.assertj.core.groups.Tuple.tuple(RowKind.TOTAL, null, "总计"));
        assertThat(t.rows().get(1).level()).isEqualTo(CodeLevel.SECTION);
        assertThat(t.rows().get(1).classificationCode()).hasValueSatisfying(c -> assertThat(c.digits()).isEqualTo("30101"));
    }

    @Test
    void table7HasAUnitRowFunctionRowsAndProjectRows() {
        Read r = read(TableId.T7, """
                科目代码\t\t\t科目名称\t项目名称\t项目支出 合计\t工资福利 支出\t商品和服 务支出\t对个人和 家庭的补 助\t债务利息 及费用支 出\t资本性支 出（基本 建设）\t资本性支 出\t对企业补 助（基本 建设）\t对企业补 助\t对社会保 障基金补 助\t其他支出\t
                类\t款\t项\t\t\t\t\t\t\t\t\t\t\t\t\t\t
                \t\t\t昌吉市人民政府办公室\t\t160.52\t\t140.52\t20.00\t\t\t\t\t\t\t\t
                201\t\t\t一般公共服务支出\t\t160.52\t\t140.52\t20.00\t\t\t\t\t\t\t\t
                201\t03\t99\t其他政府办公厅（室）及相关机构事务支出\t电子政务维护费\t87.74\t\t87.74\t\t\t\t\t\t\t\t\t
                \t\t\t总计\t\t160.52\t\t140.52\t20.00\t\t\t\t\t\t\t\t
                """);
        Table t = r.table();

        assertThat(t.columns()).extracting(Column::key).containsExactly("total", "e301", "e302", "e303", "e307", "e309",
                "e310", "e311", "e312", "e313", "e399");
        assertThat(t.columns()).extracting(Column::label).startsWith("项目支出合计", "工资福利支出", "商品和服务支出", "对个人和家庭的补助");
        assertThat(t.rows()).extracting(Row::kind).containsExactly(RowKind.UNIT, RowKind.FUNCTION, RowKind.PROJECT, RowKind.TOTAL);
        Row unit = t.rows().get(0);
        assertThat(unit.name()).isEqualTo("昌吉市人民政府办公室");
        assertThat(unit.code()).isNull();
        Row project = t.rows().get(2);
        assertThat(project.code()).isEqualTo("2010399");
        assertThat(project.name()).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
        assertThat(project.projectName()).isEqualTo("电子政务维护费");
        assertThat(project.cell("e302")).contains(Money.of("87.74"));
        assertThat(project.cell("e303")).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void table10ItemsGetTheirKeysAndAnUnknownOneIsWarned() {
        Read r = read(TableId.T10, """
                “三公”经费支出内容\t合计\t资金来源\t\t
                \t\t一般公共预算\t政府性基金\t国有资本经营预算
                因公出国（境）费用\t\t\t\t
                公务接待费\t\t\t\t
                <b>公务用车购置及运行维护费（小计）</b>\t<b>64.00</b>\t<b>64.00</b>\t\t
                其中：公务用车购置\t\t\t\t
                公务用车运行维护费\t64.00\t64.00\t\t
                会议费\t1.00\t1.00\t\t
                <b>总计</b>\t<b>64.00</b>\t<b>64.00</b>\t\t
                """);
        Table t = r.table();

        assertThat(t.rows()).extracting(Row::key).containsExactly("travelAbroad", "reception", "vehicle",
                "vehiclePurchase", "vehicleRunning", null, "total");
        assertThat(t.rowByKey("vehicleRunning").flatMap(x -> x.cell("gpb"))).contains(Money.of("64.00"));
        assertThat(t.rowByKey("travelAbroad").orElseThrow().isEmpty()).isTrue();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-ITEM-UNKNOWN");
            assertThat(d.message()).contains("会议费");
            assertThat(d.at().line()).isEqualTo(BODY + 7);
        });
    }

    @Test
    void table11ProjectsAreNamedRowsWithoutCode() {
        Read r = read(TableId.T11, """
                项目名称\t合计\t资金来源\t\t
                \t\t一般公共预算\t政府性基金\t国有资本经营 预算
                课题研究委托 费\t12.00\t12.00\t\t
                总计\t12.00\t12.00\t\t
                """);

        assertThat(r.table().rows()).extracting(Row::kind).containsExactly(RowKind.PROJECT, RowKind.TOTAL);
        Row project = r.table().rows().get(0);
        assertThat(project.projectName()).isEqualTo("课题研究委托费");
        assertThat(project.code()).isNull();
        assertThat(project.cell("total")).contains(Money.of("12.00"));
        assertThat(r.table().columns()).extracting(Column::label).contains("国有资本经营预算");
        assertThat(r.diagnostics()).isEmpty();
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.ingest.text.TableFixtures.BODY;
import static org.budgetdisclosure.ingest.text.TableFixtures.read;
import static org.budgetdisclosure.ingest.text.TableFixtures.readWithoutUnit;

import org.budgetdisclosure.ingest.text.TableFixtures.Read;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/** The table reader on one quirk at a time; each input sits next to what it must give. */
class TableReaderTest {

    private static final String T3_HEADER = """
            编制部门：某某局

            单位：万元

            科目\t\t\t支出预算\t\t\t
            科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出
            类\t款\t项\t\t\t\t
            """;

    @Test
    void readsPreparedByAndUnitAndSkipsThemAsRows() {
        Table t = read(TableId.T3, T3_HEADER + "\t\t\t<b>总计</b>\t<b>1.00</b>\t<b>1.00</b>\t\n").table();

        assertThat(t.preparedBy()).isEqualTo("某某局");
        assertThat(t.unit()).isEqualTo("万元");
        assertThat(t.number()).isEqualTo(3);
        assertThat(t.title()).isEqualTo("部门支出总体情况表");
        assertThat(t.rows()).singleElement().extracting(Row::kind).isEqualTo(RowKind.TOTAL);
    }

    @Test
    void preparedByAndUnitOnOneLineAreBothRead() {
        Table t = read(TableId.T3, """
                编制部门：某某局 单位：万元
                科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出
                \t\t\t总计\t1.00\t1.00\t
                """).table();

        assertThat(t.preparedBy()).isEqualTo("某某局");
        assertThat(t.unit()).isEqualTo("万元");
    }

    @Test
    void aTableWithoutAUnitLineIsNoticed() {
        Read r = readWithoutUnit(TableId.T3, """
                科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出
                \t\t\t总计\t1.00\t1.00\t
                """);

        assertThat(r.table().unit()).isNull();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-TABLE-UNIT");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
        });
    }

    @Test
    void aUnitOtherThanTenThousandYuanIsWarnedAbout() {
        Read r = readWithoutUnit(TableId.T3, """
                单位：元
                科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出
                \t\t\t总计\t1.00\t1.00\t
                """);

        assertThat(r.table().unit()).isEqualTo("元");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-TABLE-UNIT");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.at().line()).isEqualTo(BODY);
        });
    }

    @Test
    void codesSplitOverCellsAreJoinedWithTheirLevel() {
        Table t = read(TableId.T3, T3_HEADER + """
                <b>201</b>\t\t\t<b>一般公共服务支出</b>\t<b>963.77</b>\t<b>803.25</b>\t<b>160.52</b>
                <b>201</b>\t<b>03</b>\t\t<b>政府办公厅（室）及相关机构事务</b>\t<b>963.77</b>\t<b>803.25</b>\t<b>160.52</b>
                201\t03\t99\t其他政府办公厅（室）及相关机 构事务支出\t160.52\t\t160.52
                """).table();

        assertThat(t.rows()).extracting(Row::code).containsExactly("201", "20103", "2010399");
        assertThat(t.rows()).extracting(Row::level).containsExactly(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM);
        assertThat(t.rows()).extracting(Row::kind).containsOnly(RowKind.FUNCTION);
        assertThat(t.rows().get(2).name()).isEqualTo("其他政府办公厅（室）及相关机构事务支出");
    }

    @Test
    void aCodeGivenWholeOrWithItsNameInOneCellReadsLikeASplitOne() {
        Table t = read(TableId.T3, T3_HEADER + """
                2010301\t\t\t行政运行\t610.96\t610.96\t
                201 03 50 事业运行\t\t\t\t192.29\t192.29\t
                """).table();

        assertThat(t.rows()).extracting(Row::code).containsExactly("2010301", "2010350");
        assertThat(t.rows()).extracting(Row::name).containsExactly("行政运行", "事业运行");
    }

    @Test
    void boldMarkupAndSpacesInsideNumbersAreRead() {
        Table t = read(TableId.T3, T3_HEADER + """
                \t\t\t<b>总计</b>\t<b>1, 229. 70</b>\t<b>1,069.18</b>\t<b>160. 52</b>
                """).table();

        Row total = t.rows().get(0);
        assertThat(total.bold()).isTrue();
        assertThat(total.cell("total")).contains(Money.of("1229.70"));
        assertThat(total.cell("basic")).contains(Money.of("1069.18"));
        assertThat(total.cell("project")).contains(Money.of("160.52"));
    }

    @Test
    void anEmptyCellIsAbsentWhileAPrintedZeroIsKept() {
        Row row = read(TableId.T3, T3_HEADER + "201\t03\t01\t行政运行\t0.00\t\t0.00\n").table().rows().get(0);

        assertThat(row.cell("total")).contains(Money.ZERO);
        assertThat(row.cell("basic")).isEmpty();
        assertThat(row.cell("project")).contains(Money.ZERO);
        assertThat(row.cells()).containsOnlyKeys("total", "project");
    }

    @Test
    void aHeaderRepeatedOnTheNextPageIsNotARow() {
        Read r = read(TableId.T3, T3_HEADER + """
                221\t02\t\t住房改革支出\t64.73\t64.73\t

                编制部门：某某局

                单位：万元

                科目\t\t\t支出预算\t\t\t
                科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出
                类\t款\t项\t\t\t\t
                221\t02\t01\t住房公积金\t64.73\t64.73\t
                """);

        assertThat(r.table().rows()).extracting(Row::code).containsExactly("22102", "2210201");
        assertThat(r.table().rows().get(1).at().line()).isEqualTo(BODY + 16);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aMultiLineHeaderWithMergedHeadingsMapsEachColumnByItsPath() {
        Read r = read(TableId.T12, """
                项目\t合计\t财政拨款\t\t\t\t非财政拨款\t\t\t
                \t\t小计\t基本支出\t\t项目支出\t小计\t基本支出\t\t项目支出
                \t\t\t人员经费\t公用经费\t\t\t人员经费\t公用经费\t
                总计\t9.00\t5.00\t1.00\t2.00\t2.00\t4.00\t3.00\t\t1.00
                """);

        assertThat(r.table().columns()).extracting(Column::key).containsExactly("total", "fiscalSubtotal",
                "fiscalPersonnel", "fiscalPublic", "fiscalProject", "nonFiscalSubtotal", "nonFiscalPersonnel",
                "nonFiscalPublic", "nonFiscalProject");
        Row total = r.table().rows().get(0);
        assertThat(total.cell("fiscalPublic")).contains(Money.of("2.00"));
        assertThat(total.cell("nonFiscalPersonnel")).contains(Money.of("3.00"));
        assertThat(total.cell("nonFiscalPublic")).isEmpty();
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void columnsAreFoundByTheirHeadingNotTheirPosition() {
        Table t = read(TableId.T3, """
                科目代码\t\t\t科目名称\t项目支出\t基本支出\t合计
                201\t03\t01\t行政运行\t\t610.96\t610.96
                """).table();

        assertThat(t.columns()).extracting(Column::key).containsExactly("project", "basic", "total");
        assertThat(t.rows().get(0).cells()).containsOnlyKeys("basic", "total");
    }

    @Test
    void aColumnTheTableDoesNotKnowIsKeptUnderItsPositionWithAWarning() {
        Read r = read(TableId.T10, """
                “三公”经费支出内容\t合计\t资金来源\t\t\t
                \t\t一般公共预算\t政府性基金\t国有资本经营预算\t其他资金
                公务接待费\t3.00\t2.00\t\t\t1.00
                """);

        assertThat(r.table().columns()).extracting(Column::key).containsExactly("total", "gpb", "fund", "soe", "col6");
        assertThat(r.table().rows().get(0).cell("col6")).contains(Money.of("1.00"));
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-COLUMN-UNKNOWN");
            assertThat(d.message()).contains("其他资金");
        });
    }

    @Test
    void anOptionalColumnIsReadWhenPrinted() {
        Table t = read(TableId.T2, """
                科目代码\t\t\t科目名称\t总计\t财政拨款（补助）\t\t\t\t\t\t\t单位资金
                类\t款\t项\t\t\t小计\t一般公共预算\t上级一般公共预算安排的转移支付\t政府性基金预算\t上级政府性基金安排的转移支付\t国有资本经营预算\t上级国有资本经营预算安排的转移支付
                \t\t\t总计\t3.00\t3.00\t\t\t\t\t\t3.00
                """).table();

        assertThat(t.columns()).extracting(Column::key).containsExactly("total", "fiscalSubtotal", "gpb", "gpbTransfer",
                "fund", "fundTransfer", "soe", "soeTransfer", "unitFunds");
        assertThat(t.rows().get(0).cell("soeTransfer")).contains(Money.of("3.00"));
    }

    @Test
    void aHeadingBrokenOverTwoHeaderLinesIsMatchedWhole() {
        Read r = read(TableId.T2, """
                科目代码\t\t\t科目名称\t总计\t财政拨款（补助）\t\t\t\t\t\t财政专户\t单位资金\t财政拨款结转\t非财政拨款结转结余
                类\t款\t项\t\t\t小计\t一般公共预算\t上级一般公共预算安排的转移支付\t政府性基金预算\t上级政府性基金安排的转移支付\t国有资本经营预算\t（教育收费）
                \t\t\t总计\t3.00\t\t\t\t\t\t\t3.00
                """);

        assertThat(r.table().rows().get(0).cell("specialAccount")).contains(Money.of("3.00"));
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aMissingStandardColumnIsNoticed() {
        Read r = read(TableId.T3, """
                科目代码\t\t\t科目名称\t合计\t基本支出
                \t\t\t总计\t1.00\t1.00
                """);

        assertThat(r.table().columns()).extracting(Column::key).containsExactly("total", "basic");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-COLUMN-MISSING");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
            assertThat(d.message()).contains("项目支出");
        });
    }

    @Test
    void withoutAHeaderTheStandardColumnOrderIsUsedAndSaid() {
        Read r = read(TableId.T3, """
                编制部门：某某局
                201\t03\t01\t行政运行\t610.96\t610.96\t
                """);

        assertThat(r.table().columns()).extracting(Column::key).containsExactly("total", "basic", "project");
        assertThat(r.table().rows().get(0).cell("basic")).contains(Money.of("610.96"));
        assertThat(r.codes()).contains("READ-HEADER");
    }

    @Test
    void theEmptyTableSentenceBecomesTheEmptyStatement() {
        Read r = read(TableId.T8, """
                科目\t\t\t政府性基金预算支出\t\t\t\t
                科目代码\t\t\t科目名称\t合计\t基本支出\t\t项目支出
                类\t款\t项\t\t\t人员经费\t公用经费\t
                \t\t\t总计\t\t\t\t

                某某局 2026 年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空
                表。
                """);

        assertThat(r.table().emptyStatement())
                .isEqualTo("某某局2026年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。");
        assertThat(r.table().hasNoAmounts()).isTrue();
        assertThat(r.table().rows()).singleElement().extracting(Row::kind).isEqualTo(RowKind.TOTAL);
        assertThat(r.table().columns()).extracting(Column::key).containsExactly("total", "personnel", "public", "project");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void otherTextInsideATableRegionIsNoticedNotRead() {
        Read r = read(TableId.T3, T3_HEADER + """
                \t\t\t总计\t1.00\t1.00\t

                注：本表不含上年结转。
                """);

        assertThat(r.table().emptyStatement()).isNull();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-TABLE-TEXT");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
            assertThat(d.at().line()).isEqualTo(BODY + 9);
        });
    }

    @Test
    void aCellThatIsNotANumberIsALocatedErrorAndStaysAbsent() {
        Read r = read(TableId.T3, T3_HEADER + "201\t03\t01\t行政运行\t610.96\t61O.96\t\n");

        Row row = r.table().rows().get(0);
        assertThat(row.cell("total")).contains(Money.of("610.96"));
        assertThat(row.cell("basic")).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-CELL");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.at().line()).isEqualTo(BODY + 7);
            assertThat(d.message()).contains("表3", "2010301 行政运行", "基本支出", "61O.96", "第" + (BODY + 7) + "行");
        });
    }

    @Test
    void aRowWiderThanItsHeaderIsWarnedAbout() {
        Read r = read(TableId.T3, T3_HEADER + "201\t03\t01\t行政运行\t1.00\t1.00\t\t9.99\n");

        assertThat(r.table().rows().get(0).cells()).containsOnlyKeys("total", "basic");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-ROW-WIDTH");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).contains("9.99");
        });
    }

    @Test
    void aMalformedCodeIsWarnedAboutAndNotUsed() {
        Read r = read(TableId.T3, T3_HEADER + "201\t03\t011\t行政运行\t1.00\t1.00\t\n");

        Row row = r.table().rows().get(0);
        assertThat(row.code()).isNull();
        assertThat(r.codes()).contains("READ-CODE");
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.AllocationPart;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Direction;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.NamedList;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.VehicleGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExplanationReaderTest {

    private static Fact fact(Explanation e, int section, SubjectKind kind, String key) {
        List<Fact> found = e.facts().stream()
                .filter(f -> f.section() == section && f.subject().kind() == kind && key.equals(f.subject().key())).toList();
        assertThat(found).as("facts of section %d %s %s", section, kind, key).hasSize(1);
        return found.get(0);
    }

    private static Change change(Direction d, String amount, String percent) {
        return new Change(d, Money.of(amount), new BigDecimal(percent));
    }

    /** The change without its provenance, to compare with {@link #change}. */
    static Change plain(Change c) {
        return c == null ? null : new Change(c.direction(), c.amount(), c.percent());
    }

    @Test
    void mergesTheSangongAmountsWithTheirChangesInTheNextSentence() {
        ReadContext ctx = ExplanationFixtures.context();
        Explanation e = ExplanationReader.read(ExplanationFixtures.lines("""
                ## 十、 关于某单位 2026 年财政拨款“三公”经费预算情况说明

                某单位 2026 年财政拨款“三公”经费数为 10.00 万元，其中：因公出国（境）费用 0.00 万元，公务用车购置 0.00 万元，公务用车运行维护费 6.00 万元，公务接待费 4.00 万元。

                2026 年财政拨款“三公”经费预算比上年预算减少 2.00 万元，下降 16.67%，其中：因公出国（境）费用增加 0.00 万元，增长 0.00%，主要原因是均未安排；公务用车购置增加 0.00 万元，增长 0.00%，主要原因是均未安排；公务用车运行维护费与上年预算持平；公务接待费减少 2.00 万元，下降 33.33%，主要原因是厉行节约，压减接待。
                """), List.of(), ctx);

        assertThat(e.facts()).hasSize(5).allSatisfy(f -> assertThat(f.subject().kind()).isEqualTo(SubjectKind.SANGONG));
        Fact total = fact(e, 10, SubjectKind.SANGONG, "total");
        assertThat(total.amount()).isEqualTo(Money.of("10.00"));
        assertThat(plain(total.change())).isEqualTo(change(Direction.DECREASE, "2.00", "16.67"));
        assertThat(total.at().line()).isEqualTo(3);
        Fact running = fact(e, 10, SubjectKind.SANGONG, "vehicleRunning");
        assertThat(running.amount()).isEqualTo(Money.of("6.00"));
        assertThat(running.change().direction()).isEqualTo(Direction.FLAT);
        Fact reception = fact(e, 10, SubjectKind.SANGONG, "reception");
        assertThat(plain(reception.change())).isEqualTo(change(Direction.DECREASE, "2.00", "33.33"));
        assertThat(reception.reason()).isEqualTo("厉行节约，压减接待");
    }

    @Test
    void keepsTwoDifferentAmountsForOneSubjectAsTwoFacts() {
        Explanation e = ExplanationReader.read(ExplanationFixtures.lines("""
                # 一、关于某单位收支预算情况总体说明
                收支总预算 10.00 万元。
                收支总预算 12.00 万元。
                """), List.of(), ExplanationFixtures.context());

        assertThat(e.facts()).extracting(Fact::amount).containsExactly(Money.of("10.00"), Money.of("12.00"));
    }

    @Test
    void readsTheListsWithTheirLabelsWithoutAmounts() {
        Explanation e = ExplanationReader.read(ExplanationFixtures.lines("""
                # 六、关于某单位一般公共预算基本支出情况说明
                人员经费 867.27 万元，主要包括：基本工资、津贴补贴、奖金。
                公用经费 201.90 万元，主要包括：办公费、印刷费等。
                """), List.of(), ExplanationFixtures.context());

        assertThat(e.lists()).containsExactly(
                new NamedList(6, "人员经费主要包括", List.of("基本工资", "津贴补贴", "奖金"), e.lists().get(0).at()),
                new NamedList(6, "公用经费主要包括", List.of("办公费", "印刷费"), e.lists().get(1).at()));
        assertThat(e.lists().get(1).at().line()).isEqualTo(3);
    }

    @Test
    void withoutTablesClassificationNamesStayUnknownWithANotice() {
        ReadContext ctx = ExplanationFixtures.context();
        Explanation e = ExplanationReader.read(ExplanationFixtures.lines("""
                # 五、关于某单位一般公共预算当年拨款情况说明
                1. 一般公共服务支出（类）100.00 万元，占 100.00%。
                """), List.of(), ctx);

        assertThat(e.facts()).singleElement().satisfies(f -> {
            assertThat(f.subject().kind()).isEqualTo(SubjectKind.UNKNOWN);
            assertThat(f.subject().text()).isEqualTo("一般公共服务支出（类）");
            assertThat(f.amount()).isEqualTo(Money.of("100.00"));
        });
        assertThat(ctx.diagnostics()).extracting(d -> d.code()).contains("READ-SUBJECT-UNKNOWN");
    }

    @Test
    void anEmptyPart3IsOneWarning() {
        ReadContext ctx = ExplanationFixtures.context();
        Explanation e = ExplanationReader.read(List.of(), List.of(), ctx);

        assertThat(e.sections()).isEmpty();
        assertThat(ctx.diagnostics()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("READ-PART3-MISSING"));
    }

    /** The sample disclosure, with its 表5 function rows built by hand for name resolution. */
    @Nested
    class TheSample {

        private final ReadContext ctx = ExplanationFixtures.context();
        private final Explanation e = ExplanationReader.read(ExplanationFixtures.samplePart3(), ExplanationFixtures.sampleTables(), ctx);

        @Test
        void hasThirteenSectionsInOrderAndNothingToReport() {
            assertThat(e.sections()).extracting(Section::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
            assertThat(e.sections().get(9).title()).isEqualTo("关于昌吉市人民政府办公室2026年财政拨款“三公”经费预算情况说明");
            assertThat(e.sections().get(8).at().line()).isEqualTo(537);
            assertThat(e.sections().get(12).title()).isEqualTo("其他重要事项的情况说明");
            assertThat(ctx.diagnostics()).isEmpty();
        }

        @Test
        void marksSubHeadingsAndRejoinsTheWrappedAllocationParagraph() {
            assertThat(e.sections().get(4).paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::text)
                    .containsExactly("（一）一般公共预算当年拨款规模变化情况", "（二）一般公共预算当年拨款结构情况，其中：",
                            "（三）一般公共预算当年拨款具体使用情况");
            assertThat(e.sections().get(12).paragraphs()).filteredOn(Paragraph::heading).extracting(Paragraph::text)
                    .containsExactly("(一)单位运行经费情况", "(二)政府采购情况", "(三)国有资产占用使用情况", "(四)预算绩效情况",
                            "(五)其他需说明的事项");
            Paragraph allocation = e.sections().get(6).paragraphs().stream()
                    .filter(p -> p.text().startsWith("资金分配情况：本项目资金共计50万元")).findFirst().orElseThrow();
            assertThat(allocation.text()).contains("共计10次。这些慰问活动旨在关怀一线干部群众");
            assertThat(allocation.at().line()).isEqualTo(515);
            assertThat(e.sections().get(6).paragraphs()).noneMatch(p -> p.text().startsWith("次。"));
        }

        @Test
        void statesThisManyFactsPerSection() {
            Map<Integer, Long> perSection = e.facts().stream()
                    .collect(Collectors.groupingBy(Fact::section, TreeMap::new, Collectors.counting()));

            assertThat(perSection).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                    1, 1L, 2, 7L, 3, 3L, 4, 6L, 5, 17L, 6, 3L, 7, 3L, 10, 5L, 13, 10L)));
            assertThat(e.facts()).noneMatch(f -> f.subject().kind() == SubjectKind.UNKNOWN);
        }

        @Test
        void readsTheTotalsOfSectionsOneToSix() {
            assertThat(fact(e, 1, SubjectKind.TOTAL, "total").amount()).isEqualTo(Money.of("1229.70"));
            assertThat(fact(e, 1, SubjectKind.TOTAL, "total").at().line()).isEqualTo(406);
            assertThat(fact(e, 2, SubjectKind.TOTAL, "income").amount()).isEqualTo(Money.of("1229.70"));
            assertThat(fact(e, 3, SubjectKind.TOTAL, "expenditure").amount()).isEqualTo(Money.of("1229.70"));
            assertThat(fact(e, 4, SubjectKind.TOTAL, "fiscal").amount()).isEqualTo(Money.of("1229.70"));
            assertThat(fact(e, 5, SubjectKind.TOTAL, "gpb").amount()).isEqualTo(Money.of("1229.70"));
            assertThat(fact(e, 6, SubjectKind.NATURE, "basic").amount()).isEqualTo(Money.of("1069.18"));
            assertThat(fact(e, 6, SubjectKind.NATURE, "personnel").amount()).isEqualTo(Money.of("867.27"));
            assertThat(fact(e, 6, SubjectKind.NATURE, "public").amount()).isEqualTo(Money.of("201.90"));
        }

        @Test
        void readsTheIncomeSourcesWithShareChangeAndReasonAndTheOnesNotArranged() {
            Fact gpb = fact(e, 2, SubjectKind.SOURCE, "gpb");
            assertThat(gpb.amount()).isEqualTo(Money.of("1229.70"));
            assertThat(gpb.sharePercent()).isEqualTo(new BigDecimal("100.00"));
            assertThat(plain(gpb.change())).isEqualTo(change(Direction.INCREASE, "98.28", "8.69"));
            assertThat(gpb.reason()).isEqualTo("本年度综合保障中心电子政务项目资金较上年度增加");
            assertThat(gpb.at().line()).isEqualTo(416);
            for (String key : List.of("gpbTransfer", "fund", "fundTransfer", "soe", "soeTransfer")) {
                Fact f = fact(e, 2, SubjectKind.SOURCE, key);
                assertThat(f.notArranged()).as(key).isTrue();
                assertThat(f.amount()).as(key).isNull();
            }
            assertThat(fact(e, 2, SubjectKind.SOURCE, "soeTransfer").at().line()).isEqualTo(426);
        }

        @Test
        void readsBasicAndProjectSpending() {
            Fact basic = fact(e, 3, SubjectKind.NATURE, "basic");
            assertThat(basic.amount()).isEqualTo(Money.of("1069.18"));
            assertThat(basic.sharePercent()).isEqualTo(new BigDecimal("86.95"));
            assertThat(plain(basic.change())).isEqualTo(change(Direction.INCREASE, "43.26", "4.22"));
            Fact project = fact(e, 3, SubjectKind.NATURE, "project");
            assertThat(project.reason()).isEqualTo("按照上级要求，为保障政府电子政务工作高效运转，2026年度电子政务项目经费较上年预算增加");
            assertThat(fact(e, 5, SubjectKind.NATURE, "basic").reason()).isEqualTo("本年度人员工资标准上调，社保公积金基数也相应上调");
        }

        @Test
        void readsTheClassesWithWhatTheyAreUsedForAndTheirShares() {
            assertThat(fact(e, 4, SubjectKind.SOURCE, "gpb").amount()).isEqualTo(Money.of("1229.70"));
            Fact health = fact(e, 4, SubjectKind.FUNCTION, "210");
            assertThat(health.amount()).isEqualTo(Money.of("72.78"));
            assertThat(health.purpose()).isEqualTo("缴纳干部职工基本医疗保险，大病保险");
            assertThat(fact(e, 5, SubjectKind.FUNCTION, "201").sharePercent()).isEqualTo(new BigDecimal("78.37"));
            assertThat(fact(e, 5, SubjectKind.FUNCTION, "221").sharePercent()).isEqualTo(new BigDecimal("5.26"));
            assertThat(fact(e, 5, SubjectKind.FUNCTION, "221").at().line()).isEqualTo(461);
        }

        @Test
        void readsEachItemLineOfSectionFiveToItsItemCode() {
            Fact f = fact(e, 5, SubjectKind.FUNCTION, "2010350");
            assertThat(f.amount()).isEqualTo(Money.of("192.29"));
            assertThat(plain(f.change())).isEqualTo(change(Direction.DECREASE, "73.88", "27.76"));
            assertThat(f.reason()).isEqualTo("机构改革后，事业编制人员减少，相应经费减少");
            assertThat(f.at().line()).isEqualTo(467);
            Fact annuity = fact(e, 5, SubjectKind.FUNCTION, "2080506");
            assertThat(plain(annuity.change())).isEqualTo(change(Direction.INCREASE, "42.81", "100.00"));
            assertThat(e.facts()).filteredOn(x -> x.section() == 5 && x.subject().kind() == SubjectKind.FUNCTION)
                    .extracting(x -> x.subject().key())
                    .containsExactly("201", "208", "210", "221", "2010301", "2010350", "2010399", "2080505", "2080506",
                            "2101101", "2101102", "2101103", "2101199", "2210201");
        }

        @Test
        void readsTheSangongItemsOneFactEach() {
            Fact running = fact(e, 10, SubjectKind.SANGONG, "vehicleRunning");
            assertThat(running.amount()).isEqualTo(Money.of("64.00"));
            assertThat(plain(running.change())).isEqualTo(change(Direction.INCREASE, "5.00", "8.47"));
            assertThat(running.reason()).isEqualTo("增加一名挂职市领导，公务用车增加一辆");
            Fact total = fact(e, 10, SubjectKind.SANGONG, "total");
            assertThat(total.amount()).isEqualTo(Money.of("64.00"));
            assertThat(plain(total.change())).isEqualTo(change(Direction.INCREASE, "5.00", "8.47"));
            assertThat(plain(fact(e, 10, SubjectKind.SANGONG, "travelAbroad").change())).isEqualTo(change(Direction.INCREASE, "0.00", "0.00"));
            assertThat(fact(e, 10, SubjectKind.SANGONG, "reception").amount()).isEqualTo(Money.of("0.00"));
        }

        @Test
        void readsRunningCostsProcurementAndPerformanceAsFacts() {
            Fact running = fact(e, 13, SubjectKind.RUNNING_COSTS, "runningCosts");
            assertThat(running.amount()).isEqualTo(Money.of("201.90"));
            assertThat(plain(running.change())).isEqualTo(change(Direction.INCREASE, "84.67", "72.23"));
            assertThat(running.at().line()).isEqualTo(559);
            assertThat(fact(e, 13, SubjectKind.PROCUREMENT, "services").amount()).isEqualTo(Money.of("149.00"));
            assertThat(fact(e, 13, SubjectKind.PROCUREMENT, "smallMicroReserve").at().line()).isEqualTo(565);
            assertThat(fact(e, 13, SubjectKind.PERFORMANCE, "departmentTargets").amount()).isEqualTo(Money.of("1229.69"));
        }

        @Test
        void readsTheFourLists() {
            assertThat(e.lists()).extracting(NamedList::section, NamedList::label)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "收入预算包括"), org.assertj.core.groups.Tuple.tuple(1, "支出预算包括"),
                            org.assertj.core.groups.Tuple.tuple(4, "收入预算包括"), org.assertj.core.groups.Tuple.tuple(4, "一般公共预算支出包括"),
                            org.assertj.core.groups.Tuple.tuple(6, "人员经费主要包括"), org.assertj.core.groups.Tuple.tuple(6, "公用经费主要包括"));
            assertThat(e.lists().get(0).items()).containsExactly("一般公共预算");
            assertThat(e.lists().get(1).items()).containsExactly("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出");
            assertThat(e.lists().get(4).items()).hasSize(16).startsWith("基本工资").endsWith("其他对个人和家庭的补助");
            assertThat(e.lists().get(5).items()).hasSize(9).contains("公务用车运行维护费");
        }

        @Test
        void readsTheThreeProjectsAsPrinted() {
            assertThat(e.projects()).extracting(ProjectDescription::name).containsExactly("电子政务维护费", "运行补助经费", "化债工作奖补资金");
            ProjectDescription first = e.projects().get(0);
            assertThat(first.amount()).isEqualTo(Money.of("87.74"));
            assertThat(first.unit()).isEqualTo("昌吉市人民政府办公室");
            assertThat(first.policyBasis()).startsWith("《国务院办公厅关于印发政府网站发展指引的通知》").endsWith("（昌市政办发〔2022〕9号）");
            assertThat(first.allocation()).containsExactly(new AllocationPart("电子政务运行维护", Money.of("83")),
                    new AllocationPart("无纸办公系统", Money.of("4.74")));

            ProjectDescription second = e.projects().get(1);
            assertThat(second.at().line()).isEqualTo(507);
            assertThat(second.amount()).isEqualTo(Money.of("67.78"));
            assertThat(second.statedTotal()).isEqualTo(Money.of("50"));
            assertThat(second.allocation()).extracting(AllocationPart::label)
                    .containsExactly("互联网费用", "慰问费用", "外出培训考察费用", "外事经费", "干部职工健康体检");
            assertThat(second.allocation()).extracting(AllocationPart::amount)
                    .containsExactly(Money.of("4.8"), Money.of("10"), Money.of("20"), Money.of("15.2"), Money.of("5"));
            assertThat(second.executionPeriod()).isEqualTo("2026年1月1日-2026年12月31日");
            assertThat(second.start()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(second.end()).isEqualTo(LocalDate.of(2026, 12, 31));

            ProjectDescription third = e.projects().get(2);
            assertThat(third.amount()).isEqualTo(Money.of("5.00"));
            assertThat(third.allocationText()).isEqualTo("参加健康体检80人次，人均年度健康检测成625元。");
            assertThat(third.allocation()).isEmpty();
            assertThat(fact(e, 7, SubjectKind.PROJECT, "运行补助经费").amount()).isEqualTo(Money.of("67.78"));
        }

        @Test
        void readsTheOtherMatters() {
            assertThat(e.other().procurement()).satisfies(p -> {
                assertThat(p.total()).isEqualTo(Money.of("195.41"));
                assertThat(p.goods()).isEqualTo(Money.of("46.41"));
                assertThat(p.works()).isEqualTo(Money.of("0.00"));
                assertThat(p.services()).isEqualTo(Money.of("149.00"));
                assertThat(p.smeReserve()).isEqualTo(Money.of("195.41"));
                assertThat(p.smallMicroReserve()).isEqualTo(Money.of("195.41"));
            });
            assertThat(e.other().assets()).satisfies(a -> {
                assertThat(a.asOf()).isEqualTo("2025年底");
                assertThat(a.buildingArea()).isEqualTo(new BigDecimal("0.00"));
                assertThat(a.buildingValue()).isEqualTo(Money.of("0.00"));
                assertThat(a.vehicles()).isEqualTo(4);
                assertThat(a.vehicleValue()).isEqualTo(Money.of("212.24"));
                assertThat(a.vehicleGroups()).containsExactly(new VehicleGroup("一般公务用车", 4, Money.of("212.24")),
                        new VehicleGroup("执法执勤用车", 0, Money.of("0.00")), new VehicleGroup("其他车辆", 0, Money.of("0.00")));
                assertThat(a.furnitureValue()).isEqualTo(Money.of("140.26"));
                assertThat(a.otherValue()).isEqualTo(Money.of("575.84"));
                assertThat(a.largeEquipment50()).isZero();
                assertThat(a.largeEquipment100()).isZero();
                assertThat(a.plannedText()).startsWith("2026年部门预算未安排购置车辆经费");
                assertThat(a.at().line()).isEqualTo(567);
            });
            assertThat(e.other().performance()).satisfies(p -> {
                assertThat(p.departmentTargets()).isEqualTo(1);
                assertThat(p.departmentTargetAmount()).isEqualTo(Money.of("1229.69"));
                assertThat(p.projects()).isEqualTo(3);
                assertThat(p.fiscalProjectAmount()).isEqualTo(Money.of("160.52"));
                assertThat(p.nonFiscalProjectAmount()).isEqualTo(Money.of("0.00"));
                assertThat(p.at().line()).isEqualTo(582);
            });
            assertThat(e.other().otherNotes()).isEqualTo("本部门无其他需说明事项。");
        }
    }
}

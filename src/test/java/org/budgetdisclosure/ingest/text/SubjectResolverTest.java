package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class SubjectResolverTest {

    private final ReadContext ctx = ExplanationFixtures.context();

    /** 行政运行 recurs under two 款, as it does in real catalogues. */
    private final SubjectResolver resolver = new SubjectResolver(List.of(ExplanationFixtures.functionTable(TableId.T5, List.of(
            "201 一般公共服务支出",
            "20101 人大事务",
            "2010101 行政运行",
            "20103 政府办公厅（室）及相关机构事务",
            "2010301 行政运行",
            "2010350 事业运行",
            "221 住房保障支出"))));

    private Subject resolve(String words) {
        return resolver.resolve(words, 5, 9, ctx);
    }

    @Test
    void followsTheClassSectionItemChainToTheItemCode() {
        assertThat(resolve("一般公共服务支出（类）政府办公厅(室)及相关机 构事务（款）行政运行（项）"))
                .isEqualTo(new Subject(SubjectKind.FUNCTION, "2010301", "一般公共服务支出（类）政府办公厅(室)及相关机 构事务（款）行政运行（项）"));
        assertThat(resolve("一般公共服务支出（类）").key()).isEqualTo("201");
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void resolvesAClassByItsExactName() {
        assertThat(resolve("住房保障支出")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.FUNCTION, "221");
    }

    @Test
    void anItemNameFoundUnderSeveralSectionsWithoutItsChainIsUnknown() {
        Subject s = resolve("行政运行");

        assertThat(s.kind()).isEqualTo(SubjectKind.UNKNOWN);
        assertThat(s.text()).isEqualTo("行政运行");
        assertThat(ctx.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("READ-SUBJECT-UNKNOWN");
            assertThat(d.at().line()).isEqualTo(9);
        });
    }

    @Test
    void aChainLinkMissingFromTheTablesIsUnknownWithANoticeNamingIt() {
        Subject s = resolve("一般公共服务支出（类）财政事务（款）行政运行（项）");

        assertThat(s.kind()).isEqualTo(SubjectKind.UNKNOWN);
        assertThat(ctx.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("财政事务（款）").contains("找不到"));
    }

    @Test
    void tellsTotalsFromTheSourcesAndNaturesTheirNamesContain() {
        assertThat(resolve("一般公共预算拨款合计")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.TOTAL, "gpb");
        assertThat(resolve("一般公共预算拨款")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.SOURCE, "gpb");
        assertThat(resolve("一般公共预算基本支出")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.NATURE, "basic");
        assertThat(resolve("财政拨款收支总预算")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.TOTAL, "fiscal");
        assertThat(resolve("收支总预算")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.TOTAL, "total");
        assertThat(resolve("某单位部门收入预算")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.TOTAL, "income");
        assertThat(resolve("支出预算")).extracting(Subject::kind, Subject::key).containsExactly(SubjectKind.TOTAL, "expenditure");
        assertThat(resolve("机关运行经费财政拨款预算").kind()).isEqualTo(SubjectKind.RUNNING_COSTS);
    }

    @Test
    void mapsEachFundingSourceToItsTable1Key() {
        assertThat(List.of("一般公共预算", "上级一般公共预算安排的转移支付资金", "政府性基金预算", "上级政府性基金安排的转移支付资金",
                "国有资本经营预算", "上级国有资本经营预算安排的转移支付资金", "财政专户管理资金", "单位资金", "上年结转"))
                .extracting(w -> resolve(w).key())
                .containsExactly("gpb", "gpbTransfer", "fund", "fundTransfer", "soe", "soeTransfer", "specialAccount", "unitFunds", "carryover");
    }

    @Test
    void mapsTheSangongItems() {
        assertThat(List.of("财政拨款“三公”经费", "因公出国（境）费用", "公务接待费", "公务用车购置", "公务用车运行维护费", "公务用车购置及运行维护费"))
                .extracting(w -> resolve(w).key())
                .containsExactly("total", "travelAbroad", "reception", "vehiclePurchase", "vehicleRunning", "vehicle");
    }

    @Test
    void mapsProcurementWordsToTheirKeys() {
        assertThat(List.of("政府采购预算", "政府采购货物预算", "政府采购工程预算", "政府采购服务预算", "面向中小企业预留政府采购项目", "小微企业预留政府采购项目"))
                .extracting(w -> resolver.procurement(w, 13, 1, ctx).key())
                .containsExactly("total", "goods", "works", "services", "smeReserve", "smallMicroReserve");
    }

    @Test
    void findsACodeUnderEveryNameTheTablesPrintItWith() {
        // the same code printed alike in two tables, under another name in a third and again in a fourth:
        // each name leads to the code, and the repeats do not make it ambiguous
        SubjectResolver several = new SubjectResolver(List.of(
                ExplanationFixtures.functionTable(TableId.T2, List.of("201 一般公共服务支出", "20103 政府办公厅（室）及相关机构事务")),
                ExplanationFixtures.functionTable(TableId.T3, List.of("201 一般公共服务支出", "20103 政府办公厅（室）及相关机构事务")),
                ExplanationFixtures.functionTable(TableId.T5, List.of("201 一般公共服务", "20103 政府办公厅(室)及相关机构事务")),
                ExplanationFixtures.functionTable(TableId.T7, List.of("201 一般公共服务支出", "20104 发展与改革事务"))));
        assertThat(List.of("一般公共服务支出", "一般公共服务", "政府办公厅（室）及相关机构事务", "发展与改革事务"))
                .extracting(w -> several.resolve(w, 5, 9, ctx).key())
                .containsExactly("201", "201", "20103", "20104");
        assertThat(ctx.diagnostics()).isEmpty();
    }
}

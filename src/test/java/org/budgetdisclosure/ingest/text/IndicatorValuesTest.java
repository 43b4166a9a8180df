package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Operator;
import org.junit.jupiter.api.Test;

class IndicatorValuesTest {

    private static void assertReads(String printed, Operator op, String number, String unit) {
        IndicatorValues.Reading r = IndicatorValues.read(printed);
        assertThat(r.understood()).as(printed).isTrue();
        IndicatorValue v = r.value();
        assertThat(v.operator()).as(printed).isEqualTo(op);
        if (number == null) {
            assertThat(v.number()).as(printed).isNull();
        } else {
            assertThat(v.number()).as(printed).isEqualTo(new BigDecimal(number));
        }
        assertThat(v.unit()).as(printed).isEqualTo(unit);
    }

    @Test
    void symbolOperatorsWithAndWithoutSpacesBeforeTheUnit() {
        assertReads("≥700 条", Operator.GE, "700", "条");
        assertReads("=100%", Operator.EQ, "100", "%");
        assertReads("=1 次", Operator.EQ, "1", "次");
        assertReads("=63 万元", Operator.EQ, "63", "万元");
        assertReads("≤19 万元", Operator.LE, "19", "万元");
        assertReads("=20000个", Operator.EQ, "20000", "个");
        assertReads(">50%", Operator.GT, "50", "%");
        assertReads("<5 天", Operator.LT, "5", "天");
    }

    @Test
    void twoCharacterOperatorsAreOneOperatorEvenWithAPdfSpaceInside() {
        assertReads("< =625 元", Operator.LE, "625", "元");
        assertReads("> =95%", Operator.GE, "95", "%");
        assertReads(">=90%", Operator.GE, "90", "%");
        assertReads("<=3.78万元", Operator.LE, "3.78", "万元");
    }

    @Test
    void aFigureWithoutUnitHasANullUnit() {
        assertReads("=100", Operator.EQ, "100", null);
    }

    @Test
    void fullWidthFormsAndThousandsSeparatorsAreFolded() {
        assertReads("＞＝９５％", Operator.GE, "95", "%");
        assertReads("≥1,000 人次", Operator.GE, "1000", "人次");
    }

    @Test
    void operatorsWrittenInWordsBeforeOrAfterTheFigure() {
        assertReads("不低于95%", Operator.GE, "95", "%");
        assertReads("不超过 5 万元", Operator.LE, "5", "万元");
        assertReads("90%以上", Operator.GE, "90", "%");
        assertReads("5万元以内", Operator.LE, "5", "万元");
    }

    @Test
    void aDateKeepsItsOperatorAndPutsTheDateInTheUnitWithNoNumber() {
        assertReads("=2026 年 12 月 10 日", Operator.EQ, null, "2026年12月10日");
        assertReads("≤2026年6月底", Operator.LE, null, "2026年6月底");
    }

    @Test
    void aQualitativeValueKeepsOnlyItsTextJoined() {
        IndicatorValues.Reading r = IndicatorValues.read("有效 提升");
        assertThat(r.understood()).isTrue();
        assertThat(r.value().raw()).isEqualTo("有效提升");
        assertThat(r.value().operator()).isNull();
        assertThat(r.value().number()).isNull();
        assertThat(r.value().unit()).isNull();
        assertThat(r.value().isQuantitative()).isFalse();
    }

    @Test
    void textWithFiguresOutsideTheKnownFormsIsNotUnderstood() {
        assertThat(IndicatorValues.read("≥80-90%").understood()).isFalse();
        assertThat(IndicatorValues.read("达到100%").understood()).isFalse();
        assertThat(IndicatorValues.read("≥有效").understood()).isFalse();
        assertThat(IndicatorValues.read("").understood()).isFalse();
        assertThat(IndicatorValues.read("≥80-90%").value().raw()).isEqualTo("≥80-90%");
    }
}

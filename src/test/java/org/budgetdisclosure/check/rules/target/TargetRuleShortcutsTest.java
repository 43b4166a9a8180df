package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Operator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The target rules' shortcuts hold to what they replaced: the weights added up in a long as BigDecimal
 * adds them one by one, blank tests at the first character as {@link String#isBlank}, and the cost
 * cap's unit test as stripping the unit.
 */
class TargetRuleShortcutsTest {

    private static final String[] WEIGHTS = {"0", "1", "5", "18", "100", "2.5", "0.50", "-3", "1E+2", "1e-1", "999999999", "1000000000",
        "123456789012345678901234", "12.345", null};

    private static Gen<List<String>> weights() {
        return lists().of(integers().between(0, WEIGHTS.length - 1)).ofSizeBetween(0, 12)
                .map(ix -> {
                    List<String> out = new ArrayList<>();
                    ix.forEach(i -> out.add(WEIGHTS[i]));
                    return out;
                });
    }

    private static Indicator weighted(String weight) {
        return new Indicator("产出指标", "数量指标", "x", null, null, null, weight == null ? null : new BigDecimal(weight), null, null, null);
    }

    @Test
    void weightsAddUpAsBigDecimalAddsThemOneByOne() {
        qt().withExamples(20_000).forAll(weights()).checkAssert(ws -> {
            List<Indicator> indicators = ws.stream().map(TargetRuleShortcutsTest::weighted).toList();
            BigDecimal before = BigDecimal.ZERO;
            for (Indicator i : indicators) {
                if (i.weight() != null) {
                    before = before.add(i.weight());
                }
            }
            BigDecimal sum = WeightsFitScheme.sum(new TargetTable("t", null, null, indicators, null));
            assertThat(sum).as("%s", ws).isEqualTo(before); // equals: the same value at the same scale
        });
    }

    @Test
    void blankAsStringIsBlankTellsIt() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertThat(Indicators.isBlank(s)).as("U+%04X", (int) c).isEqualTo(s.isBlank());
            assertThat(Indicators.isBlank(s + "a")).as("U+%04X a", (int) c).isEqualTo((s + "a").isBlank());
            assertThat(Indicators.isBlank(s + " ")).as("U+%04X space", (int) c).isEqualTo((s + " ").isBlank());
        }
        assertThat(Indicators.isBlank("")).isTrue();
    }

    private static final String[] UNITS = {"万元", " 万元", "万元 ", "\u3000万元\u3000", "万", "元", "", " ", "万元万元", "\u00a0万元", "%", null};

    @Test
    void unitsAsStrippingTellsThem() {
        for (String u : UNITS) {
            IndicatorValue v = new IndicatorValue("=1" + u, Operator.EQ, BigDecimal.ONE, u);
            Indicator cost = new Indicator("成本指标", "经济成本指标", "x", v, null, null, null, null, null, null);
            boolean wan = Indicators.WAN_YUAN.equals(Indicators.unit(v));
            assertThat(Indicators.capOrNull(cost) != null).as("[%s]", u).isEqualTo(wan);
            assertThat(Indicators.noUnit(v)).as("[%s]", u).isEqualTo(Indicators.unit(v).isEmpty());
        }
    }
}

package org.budgetdisclosure.check.rules.target;

import java.math.BigDecimal;
import java.util.Optional;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;

/** What the target rules need to know about an indicator (指标): its kind by 二级指标, and a cost cap in 万元. */
final class Indicators {

    /** The unit of amounts in a target table; a cost in 元 is a unit price (人均…成本), not a share of the budget. */
    static final String WAN_YUAN = "万元";

    private Indicators() {
    }

    /**
     * The 二级 kinds whose value must be a quantity (比较符 + 数值 + 单位): 数量, 质量, 时效 and 成本 (经济成本指标
     * under the 2021 framework, 成本指标 under the older one where it sat among the 产出指标).
     */
    static boolean isQuantitativeKind(Indicator i) {
        String k = kind(i);
        return k.contains("数量") || k.contains("质量") || k.contains("时效") || k.contains("成本");
    }

    static boolean isTimeliness(Indicator i) {
        return kind(i).contains("时效");
    }

    /**
     * A money cost indicator: 二级 经济成本指标 or plain 成本指标 (either level). 社会成本 and 生态环境成本 are
     * costs borne outside the budget and are not measured against it.
     */
    static boolean isMoneyCost(Indicator i) {
        String k = kind(i);
        return k.contains("成本") && !k.contains("社会") && !k.contains("生态");
    }

    /**
     * The most the indicator lets the project spend, in 万元: a cost indicator whose value is “= x 万元”,
     * “≤ x 万元” or “< x 万元”. A floor (≥) or a unit price in 元 is no cap.
     */
    static Optional<Money> cap(Indicator i) {
        return Optional.ofNullable(capOrNull(i));
    }

    /** {@link #cap}, null for none. */
    static Money capOrNull(Indicator i) {
        IndicatorValue v = i.value();
        // the value's tests first: they turn most indicators away without working out the kind
        if (v == null || v.number() == null || v.operator() == null) {
            return null;
        }
        Operator op = v.operator();
        if (op != Operator.EQ && op != Operator.LE && op != Operator.LT || !isWanYuan(v.unit()) || !isMoneyCost(i)) {
            return null;
        }
        return Money.rounded(v.number());
    }

    /** {@code WAN_YUAN.equals(unit(v))} for the value's unit {@code u}, without stripping a unit that is plainly something else. */
    private static boolean isWanYuan(String u) {
        if (u == null) {
            return false;
        }
        return u.equals(WAN_YUAN) || u.length() > WAN_YUAN.length() && u.strip().equals(WAN_YUAN);
    }

    static String unit(IndicatorValue v) {
        return v.unit() == null ? "" : v.unit().strip();
    }

    /** {@code unit(v).isEmpty()}: at the first character for a unit that starts with no space, as units do. */
    static boolean noUnit(IndicatorValue v) {
        String u = v.unit();
        return u == null || u.isEmpty() || startsBlank(u) && u.isBlank();
    }

    /**
     * {@code s.isBlank()} for a non-empty {@code s} is false when its first character is no whitespace:
     * true when that character may be whitespace ({@link Character#isWhitespace}, which is none above
     * U+3000 nor between the space and U+1680), so that only such texts are scanned.
     */
    static boolean startsBlank(String s) {
        char c = s.charAt(0);
        return c <= ' ' || c >= '\u1680' && c <= '\u3000';
    }

    /** {@code s.isBlank()}, answered at the first character for the usual text that starts with none. */
    static boolean isBlank(String s) {
        return s.isEmpty() || startsBlank(s) && s.isBlank();
    }

    /** The printed value, for messages. */
    static String printed(Indicator i) {
        return i.value() == null || i.value().raw() == null ? "" : i.value().raw();
    }

    static BigDecimal weightOrZero(Indicator i) {
        return i.weight() == null ? BigDecimal.ZERO : i.weight();
    }

    /** The kind for messages: 数量指标, 经济成本指标 … */
    static String kindName(Indicator i) {
        String k = kind(i);
        return k.isEmpty() ? "该指标" : k;
    }

    /** The 二级 name, or the 一级 when no 二级 was printed (carried down by the reader otherwise). */
    private static String kind(Indicator i) {
        String l2 = i.level2() == null ? "" : i.level2();
        return isBlank(l2) ? (i.level1() == null ? "" : i.level1()) : l2;
    }
}

package org.budgetdisclosure.check.rules.target;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;

/**
 * Every indicator value is well formed. Quantitative indicators (二级 数量, 质量, 时效, 成本) need a
 * comparison (=, ≥, ≤, >, <), a number and a unit (a 时效 value may be a deadline date instead); any
 * value with a number needs its comparison and unit. A qualitative value (有效提高) is fine
 * for 效益 and 满意度 indicators.
 *
 * <p>Left to the reader, which already warns (READ-TARGET-VALUE, READ-TARGET-WEIGHT): a missing value, a
 * value it could not read, a missing or unreadable weight. A unit printed in the indicator's name
 * (“项目验收合格率（%）”) counts as the unit.
 */
public final class IndicatorValueForm implements Rule {

    public static final RuleInfo INFO = new RuleInfo("TGT-VALUE-FORM", "指标值应包含比较符、数值和计量单位",
            Severity.WARNING, Family.TARGET);


    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        // by index: the lists are the model's immutable ones, whose iterators the compiler does not always spare
        List<TargetTable> tables = TargetTable.all(d, ctx);
        for (int k = 0; k < tables.size(); k++) {
            TargetTable t = tables.get(k);
            List<Indicator> indicators = t.indicators();
            for (int n = 0; n < indicators.size(); n++) {
                Indicator i = indicators.get(n);
                List<String> missing = missing(i);
                if (!missing.isEmpty()) {
                    report(t, i, missing, out);
                }
            }
        }
    }

    private static void report(TargetTable t, Indicator i, List<String> missing, Findings out) {
        out.report(INFO, INFO.severity(), t.place(i, "指标值"), List.of(),
                "指标“" + i.level3() + "”的指标值“" + Indicators.printed(i) + "”缺少" + String.join("、", missing) + "。");
    }

    /** What the value lacks, in the order 比较符, 计量单位; empty when well formed or left to the reader. */
    static List<String> missing(Indicator i) {
        IndicatorValue v = i.value();
        if (v == null || v.raw() == null || Indicators.isBlank(v.raw())) {
            return List.of();
        }
        if (v.number() == null) {
            boolean isDate = v.unit() != null;
            boolean qualitative = !isDate && v.operator() == null && !hasDigit(v.raw());
            // a date is a deadline, its own comparison; anything else without a number the reader could not read, and said so
            if (qualitative && Indicators.isQuantitativeKind(i)) {
                return List.of("比较符、数值和计量单位（" + Indicators.kindName(i) + "应可衡量）");
            }
            return List.of();
        }
        boolean noOperator = v.operator() == null;
        boolean noUnit = Indicators.noUnit(v) && (i.level3() == null || !unitInName(i.level3()));
        if (!noOperator && !noUnit) {
            return List.of(); // the usual, well-formed value
        }
        List<String> missing = new ArrayList<>(2);
        if (noOperator) {
            missing.add("比较符");
        }
        if (noUnit) {
            missing.add("计量单位");
        }
        return missing;
    }

    /**
     * Whether a short bracketed unit closes the indicator's name: （%）, (个), （万元）. Was the regex
     * {@code .*[（(][^（）()\d]{1,4}[）)]\s*$} (matches); read by hand, as UnitInNameTest holds it to that.
     */
    static boolean unitInName(String name) {
        int end = name.length();
        while (end > 0 && isRegexSpace(name.charAt(end - 1))) {
            end--;
        }
        int close = end - 1; // only spaces may follow the closing bracket
        if (close < 0 || name.charAt(close) != '）' && name.charAt(close) != ')') {
            return false;
        }
        int open = close - 1; // the unit runs back to the opening bracket, which is not one of its characters
        while (open >= 0 && close - open <= 5 && inUnit(name.charAt(open))) {
            open--;
        }
        int length = close - open - 1;
        if (open < 0 || length < 1 || length > 4 || name.charAt(open) != '（' && name.charAt(open) != '(') {
            return false;
        }
        for (int k = 0; k < open; k++) { // “.” before it matches no line terminator
            char c = name.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** {@code [^（）()\d]}. */
    private static boolean inUnit(char c) {
        return c != '（' && c != '）' && c != '(' && c != ')' && (c < '0' || c > '9');
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** As {@code s.chars().anyMatch(Character::isDigit)}. */
    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}

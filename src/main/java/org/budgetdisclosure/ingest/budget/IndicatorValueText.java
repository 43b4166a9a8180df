package org.budgetdisclosure.ingest.budget;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Operator;

/**
 * An indicator value as entered (“≥700条”, “=100%”, “<=625元”, “有效提高”): operator, number and unit when
 * it has the quantitative form, the raw text alone otherwise.
 */
final class IndicatorValueText {

    private static final Pattern QUANTITATIVE = Pattern.compile("^\\s*(>=|<=|≥|≤|=|>|<)\\s*(\\d+(?:\\.\\d+)?)\\s*(.*?)\\s*$");

    private IndicatorValueText() {
    }

    /** A date target (“=2026年12月10日”): the operator and the date as unit, no number (as the text reader has it). */
    private static final Pattern DATE = Pattern.compile("^(?:19|20)\\d{2}年\\d{1,2}月(?:\\d{1,2}日)?(?:之前|以前|前|底|末)?$");

    static IndicatorValue parse(String raw) {
        // “< =625元” and “> =95%”: a space the PDF conversion leaves inside the operator
        String s = raw.replaceAll("<\\s+=", "<=").replaceAll(">\\s+=", ">=");
        Matcher m = QUANTITATIVE.matcher(s);
        if (!m.matches()) {
            return new IndicatorValue(raw, null, null, null);
        }
        Operator op = switch (m.group(1)) {
            case ">=", "≥" -> Operator.GE;
            case "<=", "≤" -> Operator.LE;
            case ">" -> Operator.GT;
            case "<" -> Operator.LT;
            default -> Operator.EQ;
        };
        String rest = s.substring(m.start(2)).replaceAll("\\s", "");
        if (DATE.matcher(rest).matches()) {
            return new IndicatorValue(raw, op, null, rest);
        }
        return new IndicatorValue(raw, op, new BigDecimal(m.group(2)), m.group(3).isEmpty() ? null : m.group(3));
    }
}

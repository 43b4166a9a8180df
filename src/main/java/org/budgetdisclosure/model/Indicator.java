package org.budgetdisclosure.model;

import java.math.BigDecimal;

/**
 * One row of a performance target table (绩效目标表).
 *
 * @param level1      一级指标 (产出指标 …), carried down from the row above when left blank
 * @param level2      二级指标 (数量指标 …), likewise
 * @param level3      三级指标, the indicator itself
 * @param value       指标值
 * @param basis       指标(值)设定依据
 * @param lastYear    上年完成值, as printed (project tables only)
 * @param weight      分值权重
 * @param scoringRule 指标赋分规则 (project tables only)
 * @param evidence    佐证资料 (project tables only)
 */
public record Indicator(String level1, String level2, String level3, IndicatorValue value, String basis,
                        String lastYear, BigDecimal weight, String scoringRule, String evidence, SourceRef at) {
}

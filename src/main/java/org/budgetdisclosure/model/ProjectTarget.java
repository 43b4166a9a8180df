package org.budgetdisclosure.model;

import java.util.List;

/**
 * 项目支出绩效目标表 for one project.
 *
 * @param unit        预算单位
 * @param budgetTotal 年度预算总额
 * @param fiscal      其中：财政拨款
 * @param other       其他资金
 * @param goal        项目总体目标
 */
public record ProjectTarget(Integer year, String unit, String projectName, String manager, Money budgetTotal,
                            Money fiscal, Money other, String goal, List<Indicator> indicators, SourceRef at) {

    public ProjectTarget {
        indicators = List.copyOf(indicators);
    }
}

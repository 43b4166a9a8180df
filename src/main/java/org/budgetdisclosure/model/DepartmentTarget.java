package org.budgetdisclosure.model;

import java.util.List;

/**
 * 部门整体绩效目标表.
 *
 * @param superiorFunds 财政资金 上级安排
 * @param ownFunds      财政资金 本级安排
 * @param otherFunds    其他资金
 * @param total         合计
 */
public record DepartmentTarget(Integer year, String department, String contact, String phone, String goal,
                               Money superiorFunds, Money ownFunds, Money otherFunds, Money total,
                               List<Indicator> indicators, SourceRef at) {

    public DepartmentTarget {
        indicators = List.copyOf(indicators);
    }
}

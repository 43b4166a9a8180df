package org.budgetdisclosure.model;

/**
 * 预算绩效情况's summary sentence.
 *
 * @param departmentTargets      整体预算绩效目标 count
 * @param departmentTargetAmount the budget those targets cover
 * @param projects               当年预算安排项目 count
 * @param fiscalProjectAmount    财政拨款项目 amount
 * @param nonFiscalProjectAmount 非财政拨款项目 amount
 */
public record PerformanceSummary(Integer departmentTargets, Money departmentTargetAmount, Integer projects,
                                 Money fiscalProjectAmount, Money nonFiscalProjectAmount, SourceRef at) {
}

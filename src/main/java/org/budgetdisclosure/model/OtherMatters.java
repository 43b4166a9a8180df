package org.budgetdisclosure.model;

/**
 * Section 13, 其他重要事项. The 机关运行经费 figure is a {@link Fact} with subject RUNNING_COSTS;
 * the parts here are the ones with a shape of their own.
 *
 * @param otherNotes (五) 其他需说明的事项, as printed
 */
public record OtherMatters(Procurement procurement, Assets assets, PerformanceSummary performance, String otherNotes) {
}

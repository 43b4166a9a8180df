package org.budgetdisclosure.model;

/** One part of a project's 资金分配情况: “电子政务运行维护83万元”. */
public record AllocationPart(String label, Money amount) {
}

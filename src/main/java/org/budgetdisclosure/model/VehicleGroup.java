package org.budgetdisclosure.model;

/** Vehicles of one type in the asset statement: “一般公务用车 4 辆，价值 212.24 万元”. */
public record VehicleGroup(String type, Integer count, Money value) {
}

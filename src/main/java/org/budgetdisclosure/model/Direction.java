package org.budgetdisclosure.model;

/** The direction of a year-over-year change as the prose states it. */
public enum Direction {
    INCREASE, // 增加 / 增长
    DECREASE, // 减少 / 下降
    FLAT      // 持平
}

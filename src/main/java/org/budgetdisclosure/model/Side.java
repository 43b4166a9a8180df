package org.budgetdisclosure.model;

/** The two halves of a two-sided table (表1, 表4): income on the left, expenditure on the right. */
public enum Side {
    INCOME,      // 收入
    EXPENDITURE  // 支出
}

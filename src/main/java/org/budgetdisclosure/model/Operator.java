package org.budgetdisclosure.model;

/** The comparison in an indicator value (指标值): “≥700 条”, “=100%”, “<=625 元”. */
public enum Operator {
    EQ("="), GE("≥"), LE("≤"), GT(">"), LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}

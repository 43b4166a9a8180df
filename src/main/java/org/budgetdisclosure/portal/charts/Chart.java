package org.budgetdisclosure.portal.charts;

/** One chart of a disclosure page: what to draw, where the figures come from, and the same numbers as a table. */
public sealed interface Chart permits TreeChart, PieChart, BarChart, ChangeChart {

    /** A stable id: the page's container is {@code chart-<id>}. */
    String id();

    /** The Chinese title, drawn in the chart and in its PNG. */
    String title();

    /** Where the figures come from (the tables, the prose, other years' documents). */
    String source();

    /** The chart's figures as a table, for screen readers and for anyone who prefers numbers. */
    DataTable table();
}

package org.budgetdisclosure.web;

import java.util.List;
import org.budgetdisclosure.portal.charts.Chart;

/**
 * The charts of a disclosure page: each chart's container and table (rendered by the template, so the
 * numbers are there without script) and the data the script draws from.
 *
 * @param json the chart data for the page's script, or null without charts (escaped by the template)
 */
public record ChartsView(List<Chart> charts, String json) {

    public ChartsView {
        charts = List.copyOf(charts);
    }

    /** The kind of drawing, for the figure's class: tree, pie, bar or change. */
    public String kind(Chart c) {
        return ChartsJson.kind(c);
    }

    static ChartsView of(List<Chart> charts) {
        return new ChartsView(charts, ChartsJson.of(charts));
    }
}

package org.budgetdisclosure.web;

import org.budgetdisclosure.model.Disclosure;

/** The chart data of a disclosure page as JSON (null: no charts yet). */
final class ChartsJson {

    private ChartsJson() {
    }

    static String of(Disclosure d) {
        return null;
    }
}

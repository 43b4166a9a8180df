package org.budgetdisclosure.render.html;

import java.util.List;

/** One printed row of a {@link Grid}; {@code subtotal} when the document prints it bold. */
public record Line(List<Cell> cells, boolean subtotal) {

    public Line {
        cells = List.copyOf(cells);
    }

    public String cssClass() {
        return subtotal ? "sub" : null;
    }
}

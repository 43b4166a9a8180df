package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.model.Money;

/**
 * What the tables give for something part 3 states.
 *
 * @param measure a stable name of the quantity, the same wherever the prose states it (e.g.
 *                {@code FUNCTION:T5:201} for 201 in the general public budget): two statements with the
 *                same measure state the same figure
 * @param amount  the table figure (an empty cell counts as zero)
 * @param printed whether any cell behind it is printed
 * @param parts   how many printed figures were added to get it (1 for a single cell), for the
 *                rounding tolerance
 * @param how     how it was obtained, for the 应为 line (“表5 总计 › 基本支出”)
 * @param places  the cells it comes from
 */
record Figure(String measure, Money amount, boolean printed, int parts, String how, List<Location> places) {

    Figure {
        places = List.copyOf(places);
    }
}

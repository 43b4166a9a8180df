package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import java.util.function.Supplier;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.model.Money;

/**
 * What the tables give for something part 3 states.
 *
 * @param amount  the table figure (an empty cell counts as zero)
 * @param printed whether any cell behind it is printed
 * @param parts   how many printed figures were added to get it (1 for a single cell), for the
 *                rounding tolerance
 * @param how     how it was obtained, for the 应为 line (“表5 总计 › 基本支出”)
 * @param places  the cells it comes from
 */
final class Figure {

    private final Money amount;
    private final boolean printed;
    private final int parts;
    private final Supplier<String> how;
    private final Supplier<List<Location>> places;

    /**
     * {@code how} and {@code places} are computed only when asked for: most figures agree with the
     * prose and need neither, and building them for every fact was most of the prose rules' time.
     */
    Figure(Money amount, boolean printed, int parts, Supplier<String> how, Supplier<List<Location>> places) {
        this.amount = amount;
        this.printed = printed;
        this.parts = parts;
        this.how = how;
        this.places = places;
    }

    Money amount() {
        return amount;
    }

    boolean printed() {
        return printed;
    }

    int parts() {
        return parts;
    }

    String how() {
        return how.get();
    }

    List<Location> places() {
        return List.copyOf(places.get());
    }
}

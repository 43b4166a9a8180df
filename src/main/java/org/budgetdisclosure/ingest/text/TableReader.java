package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.*;

/** Reads one of the twelve tables from its region (columns by table profile, rows typed, repeated page headers skipped, empty statement attached). */
final class TableReader {

    private TableReader() {
    }

    static Table read(Segments.TableRegion region, ReadContext ctx) {
        // PARTIAL: placeholder until this reader is written.
        return new Table(region.id(), region.number(), region.title().text(), null, null, List.of(), List.of(), null, ctx.at(region.title().number()));
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.*;

/** Reads part 1, 部门概况: the numbered duties and the organisation (subordinate units or none). */
final class OverviewReader {

    private OverviewReader() {
    }

    static Overview read(List<SourceLine> part1, ReadContext ctx) {
        // PARTIAL: placeholder until this reader is written.
        return new Overview(List.of(), null, List.of(), null);
    }
}

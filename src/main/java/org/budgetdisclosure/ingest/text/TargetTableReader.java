package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.*;

/** Reads the performance target tables (部门整体绩效目标表, 项目支出绩效目标表) printed in part 3. */
final class TargetTableReader {

    private TargetTableReader() {
    }

    static Targets read(List<Segments.TargetRegion> regions, ReadContext ctx) {
        // PARTIAL: placeholder until this reader is written.
        return new Targets(null, List.of());
    }
}

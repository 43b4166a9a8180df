package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.*;

/** Reads part 3, 部门预算情况说明: the thirteen sections and every figure stated in them as typed facts, the project descriptions and the other matters. The tables help resolve names the prose uses to codes. */
final class ExplanationReader {

    private ExplanationReader() {
    }

    static Explanation read(List<SourceLine> part3, List<Table> tables, ReadContext ctx) {
        // PARTIAL: placeholder until this reader is written.
        return new Explanation(List.of(), List.of(), List.of(), List.of(), new OtherMatters(null, null, null, null));
    }
}

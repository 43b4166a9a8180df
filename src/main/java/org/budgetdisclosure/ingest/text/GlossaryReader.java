package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.*;

/** Reads part 4, 名词解释: the numbered glossary terms. */
final class GlossaryReader {

    private GlossaryReader() {
    }

    static List<GlossaryTerm> read(List<SourceLine> part4, ReadContext ctx) {
        // PARTIAL: placeholder until this reader is written.
        return List.of();
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/** Reads one table from a small inline text, the way the whole reader would. */
final class TableFixtures {

    /** The body given to {@link #read} starts on this file line (after part heading, “表 N”, title and unit). */
    static final int BODY = 7;

    record Read(Table table, List<Diagnostic> diagnostics) {

        List<String> codes() {
            return diagnostics.stream().map(Diagnostic::code).toList();
        }
    }

    private TableFixtures() {
    }

    /**
     * {@code body} is what follows the title line and a “单位：万元” line (most quirks have nothing to
     * do with the unit); its first line is file line {@link #BODY}.
     */
    static Read read(TableId id, String body) {
        return readAfter(id, "单位：万元", body);
    }

    /** As {@link #read}, with a blank line where the unit line would be. */
    static Read readWithoutUnit(TableId id, String body) {
        return readAfter(id, "", body);
    }

    private static Read readAfter(TableId id, String line6, String body) {
        String text = "## 第二部分 2026 年部门预算公开表\n\n表 " + id.number() + "\n\n## " + id.title() + "\n" + line6 + "\n" + body;
        Segments seg = Segmenter.segment(TextDisclosureReader.lines(text));
        if (seg.tables().size() != 1 || seg.tables().get(0).id() != id) {
            throw new IllegalStateException("fixture does not segment into one " + id + ": " + seg.tables());
        }
        ReadContext ctx = new ReadContext("t.txt");
        Table t = TableReader.read(seg.tables().get(0), ctx);
        return new Read(t, ctx.diagnostics());
    }

    /** All twelve tables of the sample, with what reading them noticed. */
    static List<Read> sample() {
        Segments seg = Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText()));
        return seg.tables().stream().map(r -> {
            ReadContext ctx = new ReadContext(Samples.SAMPLE_NAME);
            return new Read(TableReader.read(r, ctx), ctx.diagnostics());
        }).toList();
    }
}

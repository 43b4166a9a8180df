package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.budgetdisclosure.ingest.DisclosureReader;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Overview;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.Targets;

/**
 * Reads a disclosure in the sample's text form. The stages run in order, each on its own region:
 * decode → lines → segment → tables → part 1 → part 3 (with the tables to resolve names) → targets →
 * glossary → header. Problems become diagnostics; only input that is not a disclosure at all is refused.
 */
public final class TextDisclosureReader implements DisclosureReader {

    @Override
    public Parsed<Disclosure> read(String source, byte[] bytes) throws UnreadableInputException {
        // nearly every file is UTF-8, cut into lines as it is decoded; the whole text is never needed
        List<SourceLine> lines = TextDecoder.utf8Lines(source, bytes);
        return read(source, lines != null ? lines : lines(TextDecoder.decode(source, bytes).text()));
    }

    /** A document read together with the text it was read from (reports show that text and link into it). */
    public record WithText(Parsed<Disclosure> parsed, String text) {
    }

    /**
     * {@link #read(String, byte[])} that also gives the decoded text, from the same one decoding: the
     * command line and the portal need both, and decoding first and reading the text after would decode
     * and cut the lines a second time.
     */
    public WithText readWithText(String source, byte[] bytes) throws UnreadableInputException {
        StrictUtf8.Scan scan = TextDecoder.utf8Scan(source, bytes);
        if (scan != null) {
            return new WithText(read(source, scan.lines()), scan.text());
        }
        String text = TextDecoder.decode(source, bytes).text();
        return new WithText(read(source, lines(text)), text);
    }

    public Parsed<Disclosure> read(String source, String text) throws UnreadableInputException {
        return read(source, lines(text));
    }

    private Parsed<Disclosure> read(String source, List<SourceLine> lines) throws UnreadableInputException {
        ReadContext ctx = new ReadContext(source);
        Segments seg = Segmenter.segment(lines);
        if (seg.tables().isEmpty() && seg.part1().isEmpty() && seg.part3().isEmpty()) {
            throw new UnreadableInputException(source,
                    "不是部门预算公开文本：找不到“第一部分/第二部分/第三部分”标题，也找不到任何一张标准表的表名");
        }
        List<Table> tables = new ArrayList<>();
        Set<TableId> seen = EnumSet.noneOf(TableId.class);
        for (Segments.TableRegion region : seg.tables()) {
            if (!seen.add(region.id())) {
                ctx.warning("READ-TABLE-DUPLICATE", region.id().label() + " 出现了两次，只读取第一次。", region.title().number());
                continue;
            }
            tables.add(TableReader.read(region, ctx));
        }
        for (TableId id : TableId.values()) {
            if (!seen.contains(id)) {
                ctx.error("READ-TABLE-MISSING", "找不到" + id.label() + "。", 0);
            }
        }
        Overview overview = OverviewReader.read(seg.part1(), ctx);
        Explanation explanation = ExplanationReader.read(seg.part3(), tables, ctx);
        Targets targets = TargetTableReader.read(seg.targets(), ctx);
        List<GlossaryTerm> glossary = GlossaryReader.read(seg.part4(), ctx);
        DocumentHeader header = HeaderReader.read(seg.front(), lines, tables, ctx);
        return new Parsed<>(new Disclosure(source, header, overview, tables, explanation, targets, glossary), ctx.diagnostics());
    }

    /** The text cut at CR LF, CR or LF (a trailing break leaves a last, empty line), numbered from 1. */
    static List<SourceLine> lines(String text) {
        List<SourceLine> out = new ArrayList<>();
        int from = 0;
        // the next \r and \n, each found by indexOf (much faster than testing every char); -1 when none is left
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        while (cr >= 0 || lf >= 0) {
            int end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
            out.add(SourceLine.of(out.size() + 1, text.substring(from, end)));
            from = end == cr && lf == cr + 1 ? end + 2 : end + 1;
            if (cr >= 0 && cr < from) {
                cr = text.indexOf('\r', from);
            }
            if (lf >= 0 && lf < from) {
                lf = text.indexOf('\n', from);
            }
        }
        out.add(SourceLine.of(out.size() + 1, text.substring(from)));
        return out;
    }
}

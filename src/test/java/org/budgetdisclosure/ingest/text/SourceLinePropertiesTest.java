package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link SourceLine} reads a line in one pass and builds a table row's text and every line's cells only
 * when asked. Over lines made of the pieces the sample's lines are made of, what it answers must be what
 * the plain reading below (the reader's first version: strip, split, clean each cell) answers.
 */
class SourceLinePropertiesTest {

    private static final String[] PIECES = {"\t", "\t\t", " ", "  ", "\u3000", "\u00a0", "\uFEFF", "#", "## ", "- ", "-", "<b>", "</b>",
        "<p>", "</p>", "**", "*", "<br/>", "<strong >", "< b>", "<x>", ">", "/", "b", "表", "表 3", "第一部分", "目 录", "201", "03",
        "1, 229. 70", "963.77", "行政运行", "其他政府办公厅（室）及相关机 构事务支出", "合计", "a", "\r"};

    private static Gen<String> lines() {
        return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 12).map(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(i -> b.append(PIECES[i]));
            return b.toString();
        });
    }

    @Test
    void readsEveryLineAsThePlainReadingDoes() {
        qt().withExamples(50_000).forAll(lines()).checkAssert(raw -> {
            assertReadsAsReference(SourceLine.of(3, raw), raw);
        });
    }

    /** Everything a line's reading gives, against the plain reading of {@code raw}. */
    private static void assertReadsAsReference(SourceLine l, String raw) {
        Reference r = Reference.of(raw);
        assertThat(l.isBlank()).as(raw).isEqualTo(r.text.isEmpty());
        assertThat(l.firstChar()).as(raw).isEqualTo(r.text.isEmpty() ? (char) 0 : r.text.charAt(0));
        assertThat(l.text()).as(raw).isEqualTo(r.text);
        assertThat(l.cells()).as(raw).isEqualTo(r.cells);
        assertThat(l.headingLevel()).as(raw).isEqualTo(r.level);
        assertThat(l.listItem()).as(raw).isEqualTo(r.list);
        assertThat(l.bold()).as(raw).isEqualTo(r.bold);
        assertThat(l.isTabular()).as(raw).isEqualTo(raw.indexOf('\t') >= 0);
        assertThat(l.joined()).as(raw).isEqualTo(Texts.joinCjk(r.text));
    }

    /**
     * {@link TextDisclosureReader#lines} gathers what a line's reading depends on while it looks for the
     * line's end; each line must read as the line cut out and read alone does.
     */
    @Test
    void cutsATextIntoLinesThatReadAsEachLineAlone() {
        String[] breaks = {"\n", "\r\n", "\r", "\n\n"};
        qt().withExamples(5_000).forAll(lists().of(lines()).ofSizeBetween(1, 6), lists().of(integers().between(0, 3)).ofSize(6))
                .checkAssert((ls, bs) -> {
                    StringBuilder b = new StringBuilder(ls.get(0));
                    for (int i = 1; i < ls.size(); i++) {
                        b.append(breaks[bs.get(i)]).append(ls.get(i));
                    }
                    String text = b.toString();
                    String[] raws = text.split("\r\n|\r|\n", -1);
                    List<SourceLine> got = TextDisclosureReader.lines(text);
                    assertThat(got).hasSize(raws.length);
                    for (int i = 0; i < raws.length; i++) {
                        SourceLine l = got.get(i);
                        assertThat(l.number()).isEqualTo(i + 1);
                        assertThat(l.raw()).as(raws[i]).isEqualTo(raws[i]);
                        assertReadsAsReference(l, raws[i]);
                    }
                });
    }

    /** The plain reading: no pass spared, nothing left for later. */
    private record Reference(String text, int level, boolean list, boolean bold, List<String> cells) {

        static Reference of(String raw) {
            String s = raw;
            if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
                s = s.substring(1);
            }
            int level = 0;
            String t = s.stripLeading();
            while (level < t.length() && t.charAt(level) == '#') {
                level++;
            }
            if (level > 0 && (level == t.length() || t.charAt(level) == ' ')) {
                s = t.substring(level);
            } else {
                level = 0;
            }
            boolean bold = Markup.find(s);
            boolean list = false;
            String trimmed = s.strip();
            if (trimmed.startsWith("- ")) {
                list = true;
                s = trimmed.substring(2);
            }
            String[] cells = s.split("\t", -1);
            for (int k = 0; k < cells.length; k++) {
                cells[k] = Markup.remove(cells[k]).replace('\u00a0', ' ').strip();
            }
            int kept = cells.length;
            while (kept > 0 && cells[kept - 1].isEmpty()) {
                kept--;
            }
            String text = Markup.remove(s.replace('\t', ' ')).replace('\u00a0', ' ').strip().replaceAll(" {2,}", " ");
            return new Reference(text, level, list, bold, List.of(Arrays.copyOf(cells, kept)));
        }
    }
}

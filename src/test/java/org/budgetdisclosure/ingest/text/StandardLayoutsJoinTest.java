package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link StandardLayouts#joinsTo} holds to the joining it replaces: {@code Texts.joinCjk(Texts.strip(cell)).equals(expected)}. */
class StandardLayoutsJoinTest {

    /** Spaces of every kind the joining or stripping treats, Chinese and other characters, and a header's marks. */
    private static final char[] ALPHABET = {' ', ' ', '\u3000', '\u00a0', '\t', '\n', '上', '级', '的', '（', '）', '“', '”',
        'a', 'B', '1', '(', ')', '-', '…'};

    private static String text(List<Integer> picks) {
        StringBuilder b = new StringBuilder();
        for (int p : picks) {
            b.append(ALPHABET[p]);
        }
        return b.toString();
    }

    private static boolean joined(String cell, String expected) {
        return Texts.joinCjk(Texts.strip(cell)).equals(expected);
    }

    @Test
    void agreesWithJoiningTheCellAgainstItsOwnJoinedText() {
        qt().withExamples(3000).forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 14))
                .checkAssert(picks -> {
                    String cell = text(picks);
                    String own = Texts.joinCjk(Texts.strip(cell));
                    assertThat(StandardLayouts.joinsTo(cell, own)).isTrue();
                    // near misses: one character more, less or different, and the cell as printed
                    for (String e : new String[] {own + "级", own + " ", " " + own, own.isEmpty() ? "x" : own.substring(1),
                        own.isEmpty() ? "" : own.substring(0, own.length() - 1), own.replace(' ', '\u3000'), cell}) {
                        assertThat(StandardLayouts.joinsTo(cell, e)).as("%s vs %s", cell, e).isEqualTo(joined(cell, e));
                    }
                });
    }

    @Test
    void agreesWithJoiningOnUnrelatedTexts() {
        qt().withExamples(3000).forAll(lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 8),
                lists().of(integers().between(0, ALPHABET.length - 1)).ofSizeBetween(0, 6))
                .checkAssert((a, b) -> assertThat(StandardLayouts.joinsTo(text(a), text(b))).isEqualTo(joined(text(a), text(b))));
    }

    @Test
    void matchesPrintedHeadings() {
        assertThat(StandardLayouts.joinsTo("上级一般 公共预算 安排的转 移支付", "上级一般公共预算安排的转移支付")).isTrue();
        assertThat(StandardLayouts.joinsTo(" 科目 名称 ", "科目名称")).isTrue();
        assertThat(StandardLayouts.joinsTo("Budget   total", "Budget total")).isTrue();
        assertThat(StandardLayouts.joinsTo("Budget total", "Budgettotal")).isFalse();
        assertThat(StandardLayouts.joinsTo("科目 名称", "科目名")).isFalse();
    }
}

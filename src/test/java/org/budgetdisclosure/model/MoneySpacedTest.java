package org.budgetdisclosure.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Money#isAmount} and {@link Money#parseOrNull} read spaced and full-width amounts (“1, 229. 70”) in
 * place: held to the documented reading, tags and a trailing unit removed, full-width folded, spaces dropped,
 * then the number pattern.
 */
class MoneySpacedTest {

    private static final String[] TOKENS = {"1", "2", "9", "0", ",", ".", "-", "+", " ", "  ", "\u3000", "\u00a0", "\t",
        "３", "，", "．", "－", "−", "a", "/", ">", "<b>", "</b>", "万元", "万", "元", "12345678", "999,999"};

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z]+>");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?|[-+]?\\.\\d{1,2}");

    /** The reading by the patterns: the amount, or null. */
    private static BigDecimal reference(String printed) {
        String s = TAG.matcher(printed).replaceAll("");
        if (s.endsWith("万元")) {
            s = s.substring(0, s.length() - 2);
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '，') {
                b.append(',');
            } else if (c == '．') {
                b.append('.');
            } else if (c == '－' || c == '−') {
                b.append('-');
            } else if (!(Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000')) {
                b.append(c);
            }
        }
        String n = b.toString();
        return NUMBER.matcher(n).matches() ? new BigDecimal(n.replace(",", "")).setScale(2, RoundingMode.UNNECESSARY) : null;
    }

    private static String text(List<Integer> picks) {
        StringBuilder b = new StringBuilder();
        picks.forEach(i -> b.append(TOKENS[i]));
        return b.toString();
    }

    @Test
    void spacedAmountsReadAsTheDocumentedReading() {
        qt().withExamples(30_000).forAll(lists().of(integers().between(0, TOKENS.length - 1)).ofSizeBetween(0, 9)).checkAssert(picks -> {
            String s = text(picks);
            BigDecimal expected = reference(s);
            Money m = Money.parseOrNull(s);
            assertThat(m == null ? null : m.value()).as(s).isEqualTo(expected);
            assertThat(Money.isAmount(s)).as(s).isEqualTo(expected != null);
        });
    }

    @Test
    void readsTheSampleSpacedCells() {
        assertThat(Money.parseOrNull("1, 229. 70")).isEqualTo(Money.of("1229.70"));
        assertThat(Money.parseOrNull("－ 963． 7")).isEqualTo(Money.of("-963.70"));
        assertThat(Money.isAmount("963. 77")).isTrue();
        assertThat(Money.isAmount("1, 22. 70")).isFalse();
        assertThat(Money.parseOrNull("12 345 678 901 234 567")).isEqualTo(Money.of("12345678901234567"));
    }
}

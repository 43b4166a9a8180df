package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.budgetdisclosure.model.ClassificationCode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link RowLabel.Reader}, reused row after row and joining a code's pieces once, reads every label as the
 * former piece-by-piece parse did (kept here as {@link #former}).
 */
class RowLabelReaderTest {

    /** Label cells made of the pieces that matter: digit runs of every length, spaces, names, blanks. */
    private static final String[] PARTS = {"201", "03", "01", "2010301", "20103", "301", "30101", "1", "0101", "99", "",
            " ", "  ", "行政运行", "基本 工资", "a", "1.", "2026", "\u3000", "\u0085", "\n"};

    private static Gen<String> cell() {
        return lists().of(integers().between(0, PARTS.length - 1)).ofSizeBetween(0, 4).map(ps -> {
            StringBuilder b = new StringBuilder();
            for (int p : ps) {
                b.append(PARTS[p]);
            }
            return b.toString();
        });
    }

    @Test
    void readsAsTheFormerParse() {
        RowLabel.Reader reader = new RowLabel.Reader(); // one for all examples, as a table reader keeps one
        qt().withExamples(20_000).forAll(lists().of(cell()).ofSizeBetween(0, 5), integers().between(0, 1)).checkAssert((cells, s) -> {
            ClassificationCode.Scheme scheme = ClassificationCode.Scheme.values()[s];
            String[] array = cells.toArray(new String[0]);
            reader.read(array, array.length, scheme);
            RowLabel expected = former(cells, scheme);
            assertThat(new RowLabel(reader.code, reader.name, reader.badCode)).as("%s", cells).isEqualTo(expected);
            assertThat(RowLabel.parse(cells, scheme)).isEqualTo(expected);
        });
    }

    /** RowLabel.parse as it was before the reader. */
    private static RowLabel former(List<String> cells, ClassificationCode.Scheme scheme) {
        int maxDigits = scheme == ClassificationCode.Scheme.FUNCTION ? 7 : 5;
        String code = "";
        String name = null;
        String bad = null;
        for (String cell : cells) {
            String s = Texts.strip(cell);
            while (name == null && !s.isEmpty()) {
                int digitsEnd = DigitRuns.leading(s);
                int end = digitsEnd == 0 ? -1 : DigitRuns.afterSpaces(s, digitsEnd);
                if (end < 0) {
                    break;
                }
                String digits = s.substring(0, digitsEnd);
                if (!continues(code.length(), digits.length(), maxDigits)) {
                    if (end == s.length()) {
                        bad = code + digits;
                        s = "";
                    }
                    break;
                }
                code = code.isEmpty() ? digits : code + digits;
                s = s.substring(end);
            }
            if (!s.isEmpty()) {
                name = name == null ? s : name + " " + s;
            }
        }
        String c = code.isEmpty() ? null : code;
        if (bad != null) {
            c = null;
        }
        return new RowLabel(c, Texts.joinCjk(name == null ? "" : name), bad);
    }

    private static boolean continues(int have, int digits, int maxDigits) {
        if (have == 0) {
            return digits == 3 || digits == 5 || digits == 7 && maxDigits == 7;
        }
        return digits == 2 && have + 2 <= maxDigits;
    }
}

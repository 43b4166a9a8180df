package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link ProseText#nextAmountWanStart} searches a part of a paragraph run by run; over texts of digits,
 * number marks, spaces and units, and parts cut anywhere in them, it must start where the pattern's search
 * of that part (a region with opaque bounds) finds its first amount at or after the search's start.
 */
class AmountWanRegionTest {

    private static final String[] TOKENS = {"1", "0", "5", "12", "2026", "1,229", ".", ".70", ",", "，", " ", "万元", "万", "元",
        "年", "增加", "%", "-", "其中", "\t"};

    @Test
    void findsTheFirstAmountOfAPartAsThePatternDoes() {
        qt().withExamples(60_000).forAll(TokenTexts.joined(TOKENS, 12), integers().between(0, 1000), integers().between(0, 1000),
                integers().between(0, 1000)).checkAssert((s, x, y, z) -> {
                    int n = s.length();
                    int[] cut = {x % (n + 1), y % (n + 1), z % (n + 1)};
                    java.util.Arrays.sort(cut);
                    int lo = cut[0];
                    int from = cut[1];
                    int to = cut[2];
                    Matcher m = ProseText.AMOUNT_WAN.matcher(s).region(lo, to);
                    int expected = -1;
                    while (m.find()) {
                        if (m.start() >= from) {
                            expected = m.start();
                            break;
                        }
                    }
                    assertThat(ProseText.nextAmountWanStart(s, lo, from, to)).as("%s [%d, %d, %d)", s, lo, from, to).isEqualTo(expected);
                });
    }
}

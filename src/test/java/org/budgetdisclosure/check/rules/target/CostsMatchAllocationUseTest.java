package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Random;
import org.budgetdisclosure.RandomTexts;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.junit.jupiter.api.Test;

/** {@link CostsMatchAllocation#use}, which moves an end rather than cutting a substring per word, is what cutting gave. */
class CostsMatchAllocationUseTest {

    private static final String[] PIECES = {"费用", "经费", "资金", "支出", "成本", "费", "用", "经", "资", "金", "支", "出", "成", "本",
        "慰问", "维护", " ", "（", "）"};

    @Test
    void takesOffWhatCuttingTookOff() {
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String s = RandomTexts.of(r, PIECES, r.nextInt(7) + 1);
            assertThat(CostsMatchAllocation.use(s)).as(s).isEqualTo(byCutting(s));
        });
    }

    /** The words taken off by a substring each, longest first, until a pass takes none. */
    private static String byCutting(String name) {
        String k = ProjectMatching.key(name);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String g : List.of("费用", "经费", "资金", "支出", "成本", "费")) {
                if (k.endsWith(g) && k.length() > g.length()) {
                    k = k.substring(0, k.length() - g.length());
                    stripped = true;
                }
            }
        }
        return k;
    }
}

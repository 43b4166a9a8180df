package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.RandomTexts;
import org.junit.jupiter.api.Test;

/** The hand-read claims of {@link SourceClaims} are what the regexes they replaced found. */
class SourceClaimsScanTest {

    private static final Pattern ALL = Pattern.compile("全部(?:为|是|来自)([^，,。；;]+)");
    private static final Pattern NONE = Pattern.compile("(?:^|[，,；;])\\s*(?:无|没有)([^，,。；;]+)");
    private static final Pattern LIST_WORD = Pattern.compile("和|、|及|与|或");

    private static final String[] PIECES = {"全部", "为", "是", "来自", "无", "没有", "没", "，", ",", "；", ";", "。", " ", "\t", "收入",
        "一般公共预算拨款", "政府性基金", "和", "、", "及", "与", "或", "全"};

    @Test
    void readsWhatTheRegexesRead() {
        qt().withExamples(30000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            String s = RandomTexts.of(r, PIECES, r.nextInt(12) + 1);
            Matcher all = ALL.matcher(s);
            assertThat(SourceClaims.allClaim(s)).as("全部 in %s", s).isEqualTo(all.find() ? all.group(1) : null);
            List<String> none = new ArrayList<>();
            Matcher m = NONE.matcher(s);
            while (m.find()) {
                none.add(m.group(1));
            }
            assertThat(SourceClaims.noneClaims(s)).as("无 in %s", s).isEqualTo(none);
            List<String> items = new ArrayList<>(Arrays.asList(LIST_WORD.split(s)));
            items.removeIf(String::isEmpty); // an empty piece names no source: the rule passes over it
            assertThat(SourceClaims.items(s)).as("items of %s", s).isEqualTo(items);
        });
    }

    @Test
    void examples() {
        String s = "收入全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算";
        assertThat(SourceClaims.allClaim(s)).isEqualTo("一般公共预算拨款");
        assertThat(SourceClaims.noneClaims(s)).containsExactly("政府性基金预算拨款和国有资本经营预算");
        assertThat(SourceClaims.items("政府性基金预算拨款和国有资本经营预算")).containsExactly("政府性基金预算拨款", "国有资本经营预算");
        assertThat(SourceClaims.noneClaims("没有结转，；无")).containsExactly("结转");
        assertThat(SourceClaims.noneClaims("没有，；无。")).isEmpty();
    }
}

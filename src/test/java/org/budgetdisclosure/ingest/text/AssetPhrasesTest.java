package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The hand-written asset phrases find what the patterns they replaced found. */
class AssetPhrasesTest {

    private static final Pattern AS_OF = Pattern.compile("截[至止]\\s*([^，,：:。]+)");
    private static final Pattern BUILDING = Pattern.compile(
            "房屋\\s*(" + ProseText.AMOUNT + ")\\s*平方米[，,]?\\s*价值\\s*(" + ProseText.AMOUNT + ")\\s*万元");
    private static final Pattern FURNITURE = Pattern.compile("办公家具\\s*(?:价值|账面价值|原值)?\\s*(" + ProseText.AMOUNT + ")\\s*万元");
    private static final Pattern OTHER = Pattern.compile("其他资产\\s*(?:价值|账面价值|原值)?\\s*(" + ProseText.AMOUNT + ")\\s*万元");
    private static final Pattern LARGE_50 = Pattern.compile("(?<!\\d)50\\s*万元以上[^\\d。；]*?(\\d+)\\s*台");
    private static final Pattern LARGE_100 = Pattern.compile("(?<!\\d)100\\s*万元以上[^\\d。；]*?(\\d+)\\s*台");
    private static final Pattern PLAN = Pattern.compile("安排购置|预算[^。]*购置|拟购置|计划购置");

    private static final String[] TOKENS = {"截至", "截止", "截", "至", " ", "\t", "\n", "，", ",", "：", ":", "。", "；", "2025年底",
        "房屋", "平方米", "价值", "账面价值", "原值", "办公家具", "其他资产", "万元", "万元以上", "以上", "大型设备", "台", "50", "100",
        "150", "5", "0", "12", "1,229.70", "1,22", "4.5.6", "0.00", ".", "安排", "购置", "安排购置", "预算", "拟", "计划", "a", "设备",
        "房屋 12", "房屋0.00", "平方米，价值 ", "平方米价值", "1,229.70 万元", " 万元", "办公家具价值 5", "其他资产 0.00", "50 万元以上",
        "100万元以上", "设备 3 台", "截至 ", "预算未安排"};

    private static Gen<String> texts() {
        return TokenTexts.joined(TOKENS, 18);
    }

    /** The building pattern needs six words in order: texts made of its own words. */
    private static Gen<String> buildingTexts() {
        return TokenTexts.joined(new String[] {"房屋", "房屋 12 ", "房屋0.00", " ", "\n", "0.00", "1,229.70", "1,22", "4.5.6", "平方米", "平方米，价值 ",
            "平方米价值", "，", ",", "价值", "万元", "0.00 万元", "12万元", "a", "。"}, 8);
    }

    @Test
    void findsTheBuildingAsThePatternFindsIt() {
        qt().withExamples(60_000).forAll(buildingTexts()).checkAssert(t -> {
            int[] g = new int[4];
            assertThat(groups(AssetPhrases.building(t, g), g, 2)).as(t).isEqualTo(groups(BUILDING.matcher(t), 2));
        });
    }

    private static String groups(Matcher m, int count) {
        if (!m.find()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            b.append(m.start(i)).append('-').append(m.end(i)).append(' ');
        }
        return b.toString();
    }

    private static String groups(boolean found, int[] g, int count) {
        if (!found) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(g[2 * i]).append('-').append(g[2 * i + 1]).append(' ');
        }
        return b.toString();
    }

    @Test
    void theTextsOftenHoldWhatThePatternsFind() {
        int[] hits = new int[7];
        qt().withExamples(20_000).forAll(texts()).checkAssert(t -> {
            Pattern[] all = {AS_OF, BUILDING, FURNITURE, OTHER, LARGE_50, LARGE_100, PLAN};
            for (int i = 0; i < all.length; i++) {
                hits[i] += all[i].matcher(t).find() ? 1 : 0;
            }
        });
        int[] buildings = {0};
        qt().withExamples(20_000).forAll(buildingTexts()).checkAssert(t -> buildings[0] += BUILDING.matcher(t).find() ? 1 : 0);
        hits[1] = buildings[0];
        // the rarest (building, 50 万元 equipment) come 40–110 times in 20,000 over eight seeds: the bound only
        // catches a generator that has stopped making matches, whatever the seed
        assertThat(java.util.Arrays.stream(hits).min().getAsInt()).as(java.util.Arrays.toString(hits)).isGreaterThan(15);
    }

    @Test
    void findsWhatThePatternsFind() {
        qt().withExamples(80_000).forAll(texts()).checkAssert(t -> {
            Matcher asOf = AS_OF.matcher(t);
            assertThat(AssetPhrases.asOf(t)).as(t).isEqualTo(asOf.find() ? asOf.group(1).strip() : null);
            int[] g = new int[4];
            assertThat(groups(AssetPhrases.building(t, g), g, 2)).as(t).isEqualTo(groups(BUILDING.matcher(t), 2));
            assertThat(groups(AssetPhrases.value(t, "办公家具", g), g, 1)).as(t).isEqualTo(groups(FURNITURE.matcher(t), 1));
            assertThat(groups(AssetPhrases.value(t, "其他资产", g), g, 1)).as(t).isEqualTo(groups(OTHER.matcher(t), 1));
            assertThat(groups(AssetPhrases.count(t, "50", g), g, 1)).as(t).isEqualTo(groups(LARGE_50.matcher(t), 1));
            assertThat(groups(AssetPhrases.count(t, "100", g), g, 1)).as(t).isEqualTo(groups(LARGE_100.matcher(t), 1));
            assertThat(AssetPhrases.plan(t)).as(t).isEqualTo(PLAN.matcher(t).find());
        });
    }

    @Test
    void theSampleHoldings() {
        int[] g = new int[4];
        String t = "1. 房屋 0.00 平方米，价值 0.00 万元。部门价值单价 50 万元以上大型设备 0 台，部门价值单价 100 万元以上大型设备 3 台。";
        assertThat(AssetPhrases.building(t, g)).isTrue();
        assertThat(t.substring(g[2], g[3])).isEqualTo("0.00");
        assertThat(AssetPhrases.count(t, "100", g)).isTrue();
        assertThat(t.substring(g[0], g[1])).isEqualTo("3");
        assertThat(AssetPhrases.asOf("截至 2025 年底，昌吉市")).isEqualTo("2025 年底");
        assertThat(AssetPhrases.plan("2026 年部门预算未安排购置车辆经费")).isTrue();
    }
}

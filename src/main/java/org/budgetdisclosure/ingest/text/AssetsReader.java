package org.budgetdisclosure.ingest.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.VehicleGroup;

/**
 * Reads 国有资产占用使用情况: “截至2025年底…：1. 房屋 X 平方米，价值 X 万元。2. 车辆 N 辆，价值 X 万元；
 * 其中：一般公务用车 N 辆，价值 X 万元；… 3. 办公家具价值 X 万元。4. 其他资产价值 X 万元。”, the large
 * equipment counts, and the sentence on what the budget plans to buy. The holdings and the plan both
 * mention “单价 50 万元以上大型设备 N 台”; the counts held are read from the holdings, never from the plan.
 */
final class AssetsReader {

    static final Pattern VEHICLES = Pattern.compile(
            "([\\u4e00-\\u9fa5]*车辆?)\\s*(\\d+)\\s*辆[，,]?\\s*(?:价值|账面价值|原值)?\\s*(" + ProseText.AMOUNT + ")\\s*万元");

    private AssetsReader() {
    }

    static Assets read(List<ProseParagraph> paragraphs, ReadContext ctx) {
        String asOf = null;
        BigDecimal area = null;
        Money buildingValue = null;
        Integer vehicles = null;
        Money vehicleValue = null;
        List<VehicleGroup> groups = new ArrayList<>();
        Money furniture = null;
        Money other = null;
        Integer large50 = null;
        Integer large100 = null;
        List<String> planned = new ArrayList<>();
        int[] g = new int[4]; // where the groups of a phrase found stand
        int[] v = new int[7]; // and those of a vehicles phrase, with its end
        for (ProseParagraph p : paragraphs) {
            String t = p.text();
            if (p.heading()) {
                continue;
            }
            // the other phrases are found by hand (AssetPhrases), each only where its word occurs
            if (t.contains("购置") && AssetPhrases.plan(t) && !t.contains("截至")) {
                planned.add(t);
                continue;
            }
            if (asOf == null && t.indexOf('截') >= 0) {
                asOf = AssetPhrases.asOf(t);
            }
            if (area == null && AssetPhrases.building(t, g)) {
                area = new BigDecimal(t.substring(g[0], g[1]).replace(",", ""));
                buildingValue = ProseText.money(t, g[2], g[3]);
            }
            if (t.indexOf('辆') >= 0) {
                int split = t.indexOf("其中");
                // matches are never empty: each search goes on from the end of the last, as find() would
                for (int from = 0; AssetPhrases.vehicles(t, from, v); from = v[6]) {
                    String type = withoutOfWhich(t.substring(v[0], v[1]));
                    Integer count = Integer.valueOf(Integer.parseInt(t, v[2], v[3], 10));
                    Money value = ProseText.money(t, v[4], v[5]); // into cents, not copied out
                    if (split >= 0 && v[0] > split) {
                        groups.add(new VehicleGroup(type, count, value));
                    } else if (vehicles == null) {
                        vehicles = count;
                        vehicleValue = value;
                    }
                }
            }
            if (furniture == null && AssetPhrases.value(t, "办公家具", g)) {
                furniture = ProseText.money(t, g[0], g[1]);
            }
            if (other == null && AssetPhrases.value(t, "其他资产", g)) {
                other = ProseText.money(t, g[0], g[1]);
            }
            if (large50 == null && AssetPhrases.count(t, "50", g)) {
                large50 = Integer.valueOf(t.substring(g[0], g[1]));
            }
            if (large100 == null && AssetPhrases.count(t, "100", g)) {
                large100 = Integer.valueOf(t.substring(g[0], g[1]));
            }
        }
        int line = paragraphs.isEmpty() ? 0 : paragraphs.get(0).firstLine();
        if (vehicles == null && area == null && furniture == null && other == null) {
            ctx.warning("READ-ASSETS-UNREAD", "国有资产占用使用情况中读不出房屋、车辆、办公家具或其他资产的数字。", line);
        }
        return new Assets(asOf, area, buildingValue, vehicles, vehicleValue, groups, furniture, other, large50, large100,
                planned.isEmpty() ? null : String.join("\n", planned), ctx.at(line));
    }

    /** The vehicle type without a leading 其中 (what {@code ^(?:其中)?} replaced by "" took off). */
    static String withoutOfWhich(String type) {
        return type.startsWith("其中") ? type.substring(2) : type;
    }

}

package org.budgetdisclosure.portal;

import java.util.HashMap;
import java.util.Map;

/** How many lines an edit added and removed, for the audit log (order is ignored: a moved line is unchanged). */
final class LineDiff {

    private LineDiff() {
    }

    static String summary(String before, String after) {
        Map<String, Integer> counts = new HashMap<>();
        before.lines().forEach(l -> counts.merge(l, 1, Integer::sum));
        int added = 0;
        for (String l : (Iterable<String>) after.lines()::iterator) {
            Integer c = counts.get(l);
            if (c == null || c == 0) {
                added++;
            } else {
                counts.put(l, c - 1);
            }
        }
        int removed = counts.values().stream().mapToInt(Integer::intValue).sum();
        return added == 0 && removed == 0 ? "内容未变" : "+" + added + " / −" + removed + " 行";
    }
}

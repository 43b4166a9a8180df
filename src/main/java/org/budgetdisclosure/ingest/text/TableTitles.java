package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.model.TableId;

/**
 * Recognises the twelve tables by their titles rather than their numbers, so a document with another
 * numbering, a missing table or a regional title variant still reads.
 */
public final class TableTitles {

    /** Titles seen in national and regional layouts, compared by {@link Texts#nameKey}. */
    private static final Map<TableId, List<String>> ALIASES = new EnumMap<>(Map.ofEntries(
            Map.entry(TableId.T1, List.of("部门收支总体情况表", "收支总体情况表", "部门收支总表", "收支预算总表", "部门财务收支总体情况表")),
            Map.entry(TableId.T2, List.of("部门收入总体情况表", "收入总体情况表", "部门收入总表", "收入预算总表")),
            Map.entry(TableId.T3, List.of("部门支出总体情况表", "支出总体情况表", "部门支出总表", "支出预算总表")),
            Map.entry(TableId.T4, List.of("财政拨款收支预算总体情况表", "财政拨款收支总体情况表", "财政拨款收支总表", "财政拨款收支预算总表")),
            Map.entry(TableId.T5, List.of("一般公共预算支出情况表", "一般公共预算财政拨款支出情况表", "一般公共预算支出表")),
            Map.entry(TableId.T6, List.of("一般公共预算基本支出情况表", "一般公共预算财政拨款基本支出情况表", "一般公共预算基本支出表")),
            Map.entry(TableId.T7, List.of("一般公共预算项目支出情况表", "一般公共预算财政拨款项目支出情况表", "一般公共预算项目支出表")),
            Map.entry(TableId.T8, List.of("政府性基金预算支出情况表", "政府性基金预算财政拨款支出情况表", "政府性基金预算支出表")),
            Map.entry(TableId.T9, List.of("国有资本经营预算支出情况表", "国有资本经营预算财政拨款支出情况表", "国有资本经营预算支出表")),
            Map.entry(TableId.T10, List.of("财政拨款\"三公\"经费支出情况表", "\"三公\"经费支出情况表", "财政拨款\"三公\"经费预算表",
                    "一般公共预算\"三公\"经费支出情况表")),
            Map.entry(TableId.T11, List.of("财政拨款委托业务费支出情况表", "委托业务费支出情况表")),
            Map.entry(TableId.T12, List.of("上年结转结余情况表", "上年结转结余预算情况表", "结转结余情况表"))));

    /** The aliases as keys, computed once: every line of the document is compared with all of them. */
    private static final List<Alias> ALIAS_KEYS = aliasKeys();

    /** @param beforeLast the key's character before its final 表, compared first: most aliases differ there */
    private record Alias(TableId id, String key, char beforeLast) {
    }

    /** A title line may carry the year or the department before the title proper; no more than this. */
    private static final int MAX_TITLE_PREFIX = 24;

    private TableTitles() {
    }

    /** The table a line is the title of, if it is one. */
    public static Optional<TableId> match(SourceLine line) {
        // every title ends in 表: most lines are turned away before their key is built
        if (line.isBlank() || line.listItem() || line.isTabular() || !Texts.keyEndsWith(line.text(), '表')) {
            return Optional.empty();
        }
        return Optional.ofNullable(ofKey(Texts.nameKey(line.text())));
    }

    /** The table whose title has the key {@code key} ({@link Texts#nameKey} of a line's text), or null. */
    static TableId ofKey(String key) {
        if (key.length() < 2) {
            return null; // every alias is longer
        }
        char beforeLast = key.charAt(key.length() - 2);
        TableId best = null;
        int bestLength = 0;
        for (Alias alias : ALIAS_KEYS) {
            String a = alias.key();
            if (alias.beforeLast() == beforeLast && key.endsWith(a) && key.length() - a.length() <= MAX_TITLE_PREFIX && a.length() > bestLength
                    && prefixIsQualifier(key.substring(0, key.length() - a.length()))) {
                best = alias.id();
                bestLength = a.length();
            }
        }
        return best;
    }

    /** In the order {@link #match} has always tried them: by table, then as listed. */
    private static List<Alias> aliasKeys() {
        List<Alias> out = new ArrayList<>();
        for (Map.Entry<TableId, List<String>> e : ALIASES.entrySet()) {
            for (String alias : e.getValue()) {
                String key = Texts.nameKey(alias);
                if (!key.endsWith("表")) {
                    throw new IllegalStateException("match() relies on every title ending in 表: " + alias);
                }
                out.add(new Alias(e.getKey(), key, key.charAt(key.length() - 2)));
            }
        }
        return List.copyOf(out);
    }

    /** A prefix such as “2026年”, “昌吉市人民政府办公室2026年” or “表1”, not a sentence. */
    private static boolean prefixIsQualifier(String prefix) {
        return !prefix.contains("，") && !prefix.contains("。") && !prefix.contains("的") && !prefix.contains("没有");
    }
}

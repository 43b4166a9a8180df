package org.budgetdisclosure.ingest.text;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of table headers and row labels, and the one normalisation used to compare them. A
 * header printed as “上级一般 公共预算 安排的转 移支付” and an alias written as “上级一般公共预算安排转移支付”
 * must compare equal, so spaces, bracket widths and the particle 的 (which regional layouts use or
 * drop at will) are folded away before any comparison.
 */
final class TableLabels {

    /** What a header column holds when it is not an amount. */
    enum Role {
        CODE,    // 科目代码 and its 类/款/项 parts
        NAME,    // 科目名称, 项目 (an item label), “三公”经费支出内容
        PROJECT  // 项目名称 (表7 next to the function name; 表11 on its own)
    }

    private static final Set<String> CODE_HEADERS = normSet("科目代码", "科目编码", "功能分类科目编码", "功能科目编码",
            "经济分类科目编码", "代码", "编码", "类", "款", "项");
    private static final Set<String> NAME_HEADERS = normSet("科目名称", "功能分类科目名称", "功能科目名称", "经济分类科目名称", "功能分类科目", "支出功能分类科目",
            "科目", "项目", "名称", "“三公”经费支出内容", "三公经费支出内容", "支出内容", "收入项目", "支出项目");
    private static final Set<String> PROJECT_HEADERS = normSet("项目名称");

    /**
     * Group headings that sit above value columns in the national layouts. They are never columns
     * themselves; knowing them lets a header line be told from a row of an empty table.
     */
    private static final Set<String> GROUP_HEADERS = normSet("收入", "支出", "财政拨款收入", "财政拨款支出", "资金来源", "支出预算",
            "一般公共预算支出", "政府性基金预算支出", "国有资本经营预算支出", "一般公共预算基本支出", "财政拨款（补助）",
            "财政拨款", "非财政拨款", "基本支出", "项目支出", "小计", "预算数", "本年预算");

    /** The labels of a total row (合计/总计 and the two halves of 表1/表4); {@link #isTotal} relies on each ending in 计. */
    private static final Set<String> TOTALS = normSet("合计", "总计", "收入总计", "支出总计", "收入合计", "支出合计", "总合计");

    static {
        for (String t : TOTALS) {
            if (!t.endsWith("计")) {
                throw new IllegalStateException("isTotal() relies on every total label ending in 计: " + t);
            }
        }
    }

    /** Numbering in front of an item label: 一、 1. （一） (1) 1、 */
    static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十\\d]+）|\\d{1,2}[、.．])");
    static final Pattern OF_WHICH = Pattern.compile("^其中[：]?");

    private TableLabels() {
    }

    /** The comparison key of a printed label: {@link Texts#nameKey} without 的. */
    static String norm(String printed) {
        return Texts.nameKeyWithoutDe(printed);
    }

    /** The comparison key of an item label: as {@link #norm}, without its numbering and “其中：”. */
    static String itemKey(String printed) {
        String k = norm(printed);
        // both patterns are anchored: only a label starting as they do is handed to them
        char first = k.isEmpty() ? 0 : k.charAt(0);
        if (first == '（' || first >= '0' && first <= '9' || "一二三四五六七八九十".indexOf(first) >= 0) {
            k = k.substring(numberingEnd(k));
        }
        if (k.startsWith("其中")) {
            k = k.substring(k.startsWith("：", 2) ? 3 : 2); // OF_WHICH
        }
        return k;
    }

    /**
     * Where {@link #NUMBERING} matches at the start of {@code k} ends, or 0: numerals and 、.．, a
     * bracketed number, or one or two digits and 、.．; by hand, as every item label of 表1 starts so.
     */
    static int numberingEnd(String k) {
        int n = k.length();
        int i = 0;
        while (i < n && NUMERALS.indexOf(k.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0) {
            return i < n && isMark(k.charAt(i)) ? i + 1 : 0;
        }
        if (n > 0 && k.charAt(0) == '（') {
            int j = 1;
            while (j < n && (NUMERALS.indexOf(k.charAt(j)) >= 0 || k.charAt(j) >= '0' && k.charAt(j) <= '9')) {
                j++;
            }
            return j > 1 && j < n && k.charAt(j) == '）' ? j + 1 : 0;
        }
        int d = 0;
        while (d < n && d < 3 && k.charAt(d) >= '0' && k.charAt(d) <= '9') {
            d++;
        }
        return d >= 1 && d <= 2 && d < n && isMark(k.charAt(d)) ? d + 1 : 0;
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    private static boolean isMark(char c) {
        return c == '、' || c == '.' || c == '．';
    }

    static boolean isTotal(String printed) {
        // every total label ends in 计: the other labels are turned away before their key is built
        return printed != null && Texts.lastKeyCharWithoutDe(printed) == '计' && TOTALS.contains(norm(printed));
    }

    /** The role of a header cell that names a label column; empty for a value column's header. */
    static Optional<Role> labelRole(String headerCell) {
        return roleOfKey(norm(headerCell));
    }

    /** As {@link #labelRole}, for a cell already {@link #norm}ed. */
    static Optional<Role> roleOfKey(String k) {
        if (PROJECT_HEADERS.contains(k)) {
            return Optional.of(Role.PROJECT);
        }
        if (CODE_HEADERS.contains(k)) {
            return Optional.of(Role.CODE);
        }
        if (NAME_HEADERS.contains(k)) {
            return Optional.of(Role.NAME);
        }
        return Optional.empty();
    }

    /** As {@link #roleOfKey}, null for none: asked for every header position, without an Optional. */
    static Role roleOrNull(String k) {
        return PROJECT_HEADERS.contains(k) ? Role.PROJECT
                : CODE_HEADERS.contains(k) ? Role.CODE
                : NAME_HEADERS.contains(k) ? Role.NAME
                : null;
    }

    /** A word that appears in headers of any table, as its {@link #norm} key: a label column's or a group's heading. */
    static boolean isGenericHeaderKey(String k) {
        return GROUP_HEADERS.contains(k) || roleOrNull(k) != null;
    }

    static Set<String> normSet(String... labels) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String l : labels) {
            out.add(norm(l));
        }
        return Set.copyOf(out);
    }
}

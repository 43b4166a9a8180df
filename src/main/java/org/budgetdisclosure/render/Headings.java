package org.budgetdisclosure.render;

import java.time.LocalDate;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;

/**
 * The fixed wording of a disclosure's headings (第一部分 …, 一、…), worded for the kind of document:
 * a 单位预算 says 单位概况 where a 部门预算 says 部门概况.
 */
final class Headings {

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] PARTS = {"", "第一部分", "第二部分", "第三部分", "第四部分"};

    private Headings() {
    }

    /** 1 → 一, 10 → 十, 13 → 十三, 21 → 二十一 (numbers up to 99, as headings use). */
    static String numeral(int n) {
        if (n <= 0 || n >= 100) {
            return Integer.toString(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String t = tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十";
        return t + DIGITS[ones];
    }

    private static DocumentKind kind(DocumentHeader h) {
        return h == null || h.kind() == null ? DocumentKind.DEPARTMENT_BUDGET : h.kind();
    }

    private static String year(DocumentHeader h) {
        return h == null || h.year() == null ? "" : h.year() + "年";
    }

    /** 部门 or 单位. */
    private static String who(DocumentHeader h) {
        return kind(h).chinese().substring(0, 2);
    }

    /** The cover's first line: {@code 2026年昌吉市人民政府办公室}. */
    static String coverUnit(DocumentHeader h) {
        return year(h) + (h == null || h.department() == null ? "" : h.department());
    }

    /** The cover's second line: {@code 部门预算公开}. */
    static String coverKind(DocumentHeader h) {
        return kind(h).chinese() + "公开";
    }

    /** {@code 第一部分 2026年部门概况} … {@code 第四部分 名词解释}. */
    static String part(int n, DocumentHeader h) {
        String rest = switch (n) {
            case 1 -> year(h) + who(h) + "概况";
            case 2 -> year(h) + kind(h).chinese() + "公开表";
            case 3 -> year(h) + kind(h).chinese() + "情况说明";
            case 4 -> "名词解释";
            default -> throw new IllegalArgumentException("a disclosure has four parts, not " + n);
        };
        return PARTS[n] + " " + rest;
    }

    /** {@code 一、主要职能}. */
    static String item(int n, String title) {
        return numeral(n) + "、" + title;
    }

    /** A part-3 section's heading: {@code 一、关于…总体说明}. */
    static String section(Section s) {
        return item(s.number(), s.title() == null ? "" : s.title());
    }

    /** {@code 表3 部门支出总体情况表}, with the number as printed (the standard number when none was). */
    static String table(Table t) {
        int n = t.number() != null ? t.number() : t.id().number();
        String title = t.title() == null || t.title().isBlank() ? t.id().title() : t.title();
        return "表" + n + " " + title;
    }

    /** {@code 2026年3月13日}. */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    static String preparedBy(Table t) {
        return "编制部门：" + (t.preparedBy() == null ? "" : t.preparedBy());
    }

    static String unit(Table t) {
        return "单位：" + (t.unit() == null || t.unit().isBlank() ? "万元" : t.unit());
    }
}

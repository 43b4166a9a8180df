package org.budgetdisclosure.portal;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;

/**
 * The sample's text with one thing changed, for comparisons and other-year charts: each edit replaces
 * exactly one printed line (or every year), and fails loudly when the sample no longer has it.
 */
public final class SampleVariants {

    /** 表3's line of 2010301 行政运行 (total and basic both 610.96). */
    public static final String T3_ADMIN_RUNNING = "201\t03\t01\t行政运行\t610.96\t610.96\t";
    /** 表7's line of the project 化债工作奖补资金. */
    public static final String T7_DEBT_PROJECT = "其他政府办公厅（室）及相关机构事务支出\t化债工作奖补资金\t5.00";

    private SampleVariants() {
    }

    public static String text() {
        return Samples.sampleText();
    }

    /** The text with {@code line} replaced by {@code replacement}, once, at the first occurrence after {@code after}. */
    public static String replaceOnce(String text, String after, String line, String replacement) {
        int from = text.indexOf(after);
        int at = from < 0 ? -1 : text.indexOf(line, from);
        if (at < 0) {
            throw new IllegalStateException("the sample has no “" + line + "” after “" + after + "”");
        }
        return text.substring(0, at) + replacement + text.substring(at + line.length());
    }

    /** 表3's 行政运行 printed as {@code amount} (total and basic) instead of 610.96. */
    public static String withT3AdminRunning(String amount) {
        return replaceOnce(text(), "## 部门支出总体情况表", T3_ADMIN_RUNNING,
                "201\t03\t01\t行政运行\t" + amount + "\t" + amount + "\t");
    }

    /** The sample moved back one year: every 2025 becomes 2024, then every 2026 becomes 2025. */
    public static String previousYear(String text) {
        return text.replace("2025", "2024").replace("2026", "2025");
    }

    public static Disclosure read(String text) {
        return Samples.read("variant.txt", text).value();
    }
}

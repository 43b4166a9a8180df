package org.budgetdisclosure.check.report;

import java.util.List;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Severity;

/**
 * Findings as text (STYLE.md): a {@code file:line:} first line with severity, rule id and the path
 * to the place; then the sentence, the 应为 / 实为 / 差额 lines and the rule's doc page.
 */
public final class TextReport {

    private TextReport() {
    }

    public static String render(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(f.at().prefix()).append(": ").append(f.severity().chinese()).append(" [").append(f.rule()).append(']');
            String path = f.at().path();
            if (!path.isEmpty()) {
                b.append(' ').append(path);
            }
            b.append('\n');
            b.append("  ").append(f.message()).append('\n');
            if (f.expected() != null) {
                b.append("  应为：").append(f.expected().formatted());
                if (f.expectedHow() != null && !f.expectedHow().isEmpty()) {
                    b.append("（").append(f.expectedHow()).append('）');
                }
                b.append('\n');
            }
            if (f.actual() != null) {
                b.append("  实为：").append(f.actual().formatted()).append('\n');
            }
            if (f.difference() != null) {
                b.append("  差额：").append(f.difference().formatted());
                if (f.tolerance() != null && !f.tolerance().isZero()) {
                    boolean drift = f.severity() == Severity.NOTICE;
                    b.append(drift ? "（在舍入容差 " : "（超出舍入容差 ").append(f.tolerance().formatted()).append(drift ? " 以内）" : "）");
                }
                b.append('\n');
            }
            b.append("  参见：").append(docPage(f.rule())).append('\n');
        }
        b.append(summary(findings)).append('\n');
        return b.toString();
    }

    /** Reader diagnostics share one page, budget-file ones the format's page; every rule has its own. */
    public static String docPage(String id) {
        if (id.startsWith("READ-")) {
            return "docs/rules/READ.md（" + id + "）";
        }
        return id.startsWith("BUDGET-") ? "docs/budget-format.md（" + id + "）" : "docs/rules/" + id + ".md";
    }

    public static String summary(List<Finding> findings) {
        long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long n = findings.stream().filter(f -> f.severity() == Severity.NOTICE).count();
        return "共 " + findings.size() + " 条：错误 " + e + "，警告 " + w + "，提示 " + n + "。";
    }
}

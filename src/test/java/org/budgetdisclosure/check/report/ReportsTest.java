package org.budgetdisclosure.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Mutations;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.table.RowSum;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static List<Finding> oneError() {
        Disclosure d = Mutations.withCell(Samples.sample(), TableId.T3, "2010301", "project", "10.00");
        return Mutations.run(new RowSum(TableId.T3, "total", "basic", "project"), d);
    }

    @Test
    void textFormStartsWithFileAndLineThenFiguresAndDocPage() {
        String text = TextReport.render(oneError());
        assertThat(text).startsWith("000_d977b25cab4a76d3.txt:176: 错误 [ROW-SUM] 表3 部门支出总体情况表 › 2010301 行政运行 › 合计\n")
                .contains("  应为：620.96（基本支出 610.96 + 项目支出 10.00）\n")
                .contains("  实为：610.96\n")
                .contains("  差额：-10.00（超出舍入容差 0.01）\n")
                .contains("  参见：docs/rules/ROW-SUM.md\n")
                .endsWith("共 1 条：错误 1，警告 0，提示 0。\n");
    }

    @Test
    void jsonFormKeepsAmountsAsStringsWithTheirScale() {
        var json = JsonReport.of("x.txt", oneError());
        assertThat(json.get("summary")).isEqualTo(java.util.Map.of("error", 1L, "warning", 0L, "notice", 0L));
        @SuppressWarnings("unchecked")
        var f = (java.util.Map<String, Object>) ((List<?>) json.get("findings")).get(0);
        assertThat(f).containsEntry("rule", "ROW-SUM").containsEntry("severity", "error")
                .containsEntry("expected", "620.96").containsEntry("actual", "610.96").containsEntry("difference", "-10.00");
        @SuppressWarnings("unchecked")
        var loc = (java.util.Map<String, Object>) f.get("location");
        assertThat(loc).containsEntry("line", 176).containsEntry("table", "T3").containsEntry("row", "2010301 行政运行").containsEntry("column", "合计");
    }

    @Test
    void htmlGroupsByTableLinksToTheLineAndEscapesEverything() {
        Finding evil = new Finding("TEST", Severity.WARNING, new Location("x.txt", 416, null, null, "<script>alert(1)</script>", null, 2),
                List.of(), "名称含有 <b>标记</b> & 引号\"", Money.of("1.00"), "<i>how</i>", Money.of("2.00"), null);
        List<Finding> all = new java.util.ArrayList<>(oneError());
        all.add(evil);
        List<String> lines = Samples.sampleText().lines().toList();
        String html = HtmlReport.render(Samples.sample(), lines, all);
        assertThat(html).contains("<h3>第二部分 › 表3 部门支出总体情况表 <small>1 条</small></h3>")
                .contains("href=\"#L176\"").contains("<span id=\"L176\" class=\"marked\">")
                .contains("第三部分 › 2、")
                .doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("名称含有 &lt;b&gt;标记&lt;/b&gt; &amp; 引号&quot;").doesNotContain("<i>how</i>");
        assertThat(html).contains("id=\"L" + lines.size() + "\"");
    }
}

package org.budgetdisclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.budgetdisclosure.portal.SampleVariants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's disclosure page in the running portal: chart containers, their tables, the escaped chart data, the scripts. */
class ChartsPageWebTest {

    private static final List<String> CHARTS = List.of("where", "nature", "costs", "economic", "changes", "sangong");
    private static final Pattern DATA = Pattern.compile("data-charts=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static LivePortal portal;

    @BeforeAll
    static void start() {
        portal = LivePortal.start("charts");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    static String attribute(String page) {
        Matcher m = DATA.matcher(page);
        assertThat(m.find()).as("the page has chart data").isTrue();
        return m.group(1);
    }

    static JsonNode chartData(String page) throws Exception {
        return JSON.readTree(StringEscapeUtils.unescapeHtml4(attribute(page)));
    }

    static JsonNode chart(JsonNode data, String id) {
        for (JsonNode c : data.get("charts")) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    @Test
    void everyChartHasItsContainerDownloadButtonAndTable() {
        LivePortal.Page page = portal.get("/d/" + portal.sampleId);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<section class=\"panel\" id=\"charts\"");
        for (String id : CHARTS) {
            assertThat(page.body()).contains("id=\"chart-" + id + "\"").contains("data-chart=\"" + id + "\" hidden>下载 PNG</button>");
        }
        assertThat(count(page.body(), "<details class=\"chart-data\">")).isEqualTo(CHARTS.size());
        assertThat(page.body()).contains("<h3 class=\"chart-title\" id=\"title-where\">资金投向：支出功能分类（类、款、项）</h3>")
                .contains("<th scope=\"row\">201</th>").contains("<td class=\"num\">963.77</td>").contains("<td class=\"num\">78.37%</td>")
                .contains("<th scope=\"row\">2010350</th>").contains("<td class=\"num\">-73.88</td>")
                .contains("<script src=\"/static/vendor/echarts/echarts.min.js\" defer></script>")
                .contains("<script src=\"/static/js/charts.js\" defer></script>");
    }

    @Test
    void theChartDataIsEscapedJsonWithAmountsAsPrinted() throws Exception {
        String page = portal.get("/d/" + portal.sampleId).body();
        String raw = attribute(page);

        assertThat(raw).startsWith("{&#34;unit&#34;:&#34;万元&#34;").doesNotContain("<").doesNotContain("'")
                .contains("&#34;total&#34;:1229.70").contains("&#34;value&#34;:963.77");
        JsonNode data = chartData(page);
        assertThat(data.get("charts").findValuesAsText("id")).containsExactlyElementsOf(CHARTS);
        JsonNode where = chart(data, "where");
        List<BigDecimal> classes = new ArrayList<>();
        where.get("nodes").forEach(n -> classes.add(n.get("value").decimalValue()));
        assertThat(classes).containsExactly(new BigDecimal("963.77"), new BigDecimal("128.43"), new BigDecimal("72.78"), new BigDecimal("64.73"));
        assertThat(chart(data, "nature").get("slices").get(0).get("share").decimalValue()).isEqualByComparingTo("86.95");
        assertThat(chart(data, "changes").get("lines").get(0).get("last").decimalValue()).isEqualByComparingTo("511.11");
    }

    @Test
    void theScriptsAreServedFromTheProject() {
        LivePortal.Page script = portal.get("/static/js/charts.js");
        LivePortal.Page echarts = portal.get("/static/vendor/echarts/echarts.min.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("getDataURL").contains("下载").contains("esc(");
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.body().length()).isGreaterThan(500_000);
    }

    @Test
    void markupInAPrintedNameStaysTextInTheTableAndTheData() throws Exception {
        String payload = "<img src=x onerror=alert(1)>";
        try (LivePortal own = LivePortal.start("charts-xss")) {
            long id = own.importPublished("xss.txt", SampleVariants.replaceOnce(SampleVariants.text(), "## 部门支出总体情况表",
                    SampleVariants.T3_ADMIN_RUNNING, "201\t03\t01\t行政运行" + payload + "\t610.96\t610.96\t"));
            String page = own.get("/d/" + id).body();

            assertThat(page).doesNotContain(payload).contains("行政运行&lt;img src=x onerror=alert(1)&gt;");
            assertThat(attribute(page)).doesNotContain("<img");
            JsonNode office = chart(chartData(page), "where").get("nodes").get(0).get("children").get(0);
            assertThat(office.get("children").get(0).get("name").asText()).isEqualTo("行政运行" + payload);
        }
    }

    @Test
    void lastYearsPublishedDisclosureAddsItsYearAndALinkToCompare() throws Exception {
        try (LivePortal own = LivePortal.start("charts-years")) {
            long lastYear = own.importPublished("last-year.txt", SampleVariants.previousYear(SampleVariants.text()));
            String page = own.get("/d/" + own.sampleId).body();

            JsonNode sangong = chart(chartData(page), "sangong");
            assertThat(sangong.get("categories").toString()).isEqualTo("[\"2024年\",\"2025年\",\"2026年\"]");
            JsonNode changes = chart(chartData(page), "changes");
            assertThat(changes.get("source").asText()).contains("2025年公开文件（第1版）");
            assertThat(changes.get("lines").get(0).get("change").decimalValue()).isEqualByComparingTo("0.00");
            assertThat(page).contains("<a href=\"/compare?a=" + lastYear + "&amp;b=" + own.sampleId + "\">与2025年对比</a>");
            // and last year's page looks the other way: 2026 is a later year, not its base
            String older = own.get("/d/" + lastYear).body();
            assertThat(chart(chartData(older), "changes").get("source").asText()).contains("说明");
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}

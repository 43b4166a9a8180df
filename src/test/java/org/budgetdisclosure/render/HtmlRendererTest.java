package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class HtmlRendererTest {

    private static String html;

    @BeforeAll
    static void renderTheSample() throws IOException {
        html = render(Samples.sample());
    }

    static String render(Disclosure d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().render(d, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
    }

    /** The {@code <section>} of one table, as text. */
    private static String section(String id) {
        int start = html.indexOf("<section class=\"grid");
        Matcher m = Pattern.compile("<section class=\"grid[^\"]*\" id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertThat(start).isNotNegative();
        assertThat(m.find()).as("section %s", id).isTrue();
        return m.group(1);
    }

    @Test
    void theSampleMatchesItsReviewedGoldenPage() {
        Golden.assertMatches("sample.html", html);
    }

    @Test
    void isRegisteredAsTheHtmlFormat() {
        assertThat(Renderers.byFormat("html")).get().isInstanceOf(HtmlRenderer.class);
        assertThat(new HtmlRenderer().binary()).isFalse();
    }

    @Test
    void thePageIsWellFormedXhtml() throws Exception {
        Document doc = parse(html);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh-CN");
    }

    @Test
    void everyTableIsPresentWithItsCaptionInPrintedOrder() throws Exception {
        NodeList captions = parse(html).getElementsByTagName("caption");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < captions.getLength(); i++) {
            texts.add(((Element) captions.item(i)).getElementsByTagName("span").item(0).getTextContent());
        }
        List<String> expected = new ArrayList<>();
        for (TableId id : TableId.values()) {
            expected.add("表" + id.number() + " " + id.title());
        }
        assertThat(texts.subList(0, 12)).containsExactlyElementsOf(expected);
        assertThat(texts.subList(12, texts.size())).containsExactly("部门整体绩效目标表", "项目支出绩效目标表", "项目支出绩效目标表",
                "项目支出绩效目标表");
        for (TableId id : TableId.values()) {
            assertThat(section("t" + id.number())).contains("编制部门：昌吉市人民政府办公室").contains("单位：万元").contains("<thead>");
        }
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        Disclosure d = Samples.sample();
        Table t7 = d.table(TableId.T7).orElseThrow();
        List<Row> rows = new ArrayList<>();
        for (Row r : t7.rows()) {
            rows.add(r.kind() == RowKind.PROJECT && "电子政务维护费".equals(r.projectName())
                    ? new Row(r.kind(), r.side(), r.code(), r.level(), r.name(), "<script>alert(\"x\")</script>", r.key(), r.bold(),
                            r.cells(), r.at())
                    : r);
        }
        DocumentHeader h = d.header();
        Disclosure hostile = new Disclosure(d.source(),
                new DocumentHeader("A&B <img src=x onerror=alert(1)> ']]>", h.year(), h.kind(), h.unit(), "\"签\"\u0001", h.signedOn(), h.at()),
                d.overview(), d.tables(), d.explanation(), d.targets(), d.glossary()).withTable(t7.withRows(rows));
        String out = render(hostile);
        assertThat(out).doesNotContain("<script>").doesNotContain("<img").doesNotContain("\u0001")
                .contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;")
                .contains("A&amp;B &lt;img src=x onerror=alert(1)&gt;");
        Document doc = parse(out); // still well-formed
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("2026年A&B <img src=x onerror=alert(1)> ']]>部门预算公开");
    }

    @Test
    void amountsAreRightAlignedWithGroupingAndEmptyCellsStayEmpty() {
        String t1 = section("t1");
        assertThat(t1).contains("<td class=\"num b\">1,229.70</td>")
                .contains("<th scope=\"row\">202 外交支出</th>\n<td class=\"num\"></td>")
                .doesNotContain(">0.00<");
        assertThat(section("t6")).contains("<td class=\"num\">64.00</td>");
    }

    @Test
    void subtotalRowsAreBoldAndPlainRowsAreNot() {
        String t3 = section("t3");
        assertThat(t3).contains("<tr class=\"sub\">\n<td class=\"code\">201</td>\n<td class=\"code\"></td>")
                .contains("<tr>\n<td class=\"code\">201</td>\n<td class=\"code\">03</td>\n<td class=\"code\">01</td>\n<th scope=\"row\">行政运行</th>");
        // 表1 prints only the income half of 一、本年收入 bold
        assertThat(section("t1")).contains("<th scope=\"row\" class=\"b\">一、本年收入</th>\n<td class=\"num b\">1,229.70</td>\n"
                + "<th scope=\"row\">201 一般公共服务支出</th>\n<td class=\"num\">963.77</td>");
    }

    @Test
    void multiRowHeadersSpanTheirGroupsWithScopedHeaderCells() {
        String t3 = section("t3");
        assertThat(t3).contains("<th scope=\"col\" colspan=\"4\">科目</th>")
                .contains("<th scope=\"col\" colspan=\"3\">支出预算</th>")
                .contains("<th scope=\"col\" rowspan=\"2\">科目名称</th>");
        assertThat(section("t2")).contains("<th scope=\"col\" colspan=\"6\">财政拨款（补助）</th>");
        assertThat(section("t12")).contains("<th scope=\"col\" colspan=\"4\">财政拨款</th>")
                .contains("<th scope=\"col\" colspan=\"2\">基本支出</th>");
    }

    @Test
    void emptyTablesKeepTheirStatement() {
        assertThat(section("t8")).contains("<p class=\"empty-statement\">昌吉市人民政府办公室2026年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。</p>");
        assertThat(section("t3")).doesNotContain("empty-statement");
    }

    @Test
    void wideTablesAndTargetTablesGoOnLandscapePages() {
        assertThat(html).contains("@page wide").contains("size: A4 landscape").contains(".wide { page: wide; }");
        for (String id : List.of("t2", "t7", "t12", "target-department", "target-project-1")) {
            assertThat(html).contains("class=\"grid wide").contains("id=\"" + id + "\"");
            assertThat(Pattern.compile("<section class=\"grid wide[^\"]*\" id=\"" + id + "\">").matcher(html).find()).as(id).isTrue();
        }
        assertThat(Pattern.compile("<section class=\"grid[^\"]*\" id=\"t3\">").matcher(html).find()).isTrue();
        assertThat(html).doesNotContain("<section class=\"grid wide\" id=\"t3\">");
    }

    @Test
    void theTargetTablesFollowTheirPerformanceParagraph() {
        int heading = html.indexOf("<h4>(四)预算绩效情况</h4>");
        int department = html.indexOf("id=\"target-department\"");
        int next = html.indexOf("<h4>(五)其他需说明的事项</h4>");
        assertThat(heading).isPositive().isLessThan(department);
        assertThat(department).isLessThan(html.indexOf("id=\"target-project-3\"")).isLessThan(next);
        // a run of equal 一级指标 is one merged cell
        assertThat(html).contains("<td rowspan=\"5\">履职效能</td>");
    }

    @Test
    void theContentsLinkToEveryPartTableAndSection() {
        for (String id : List.of("part1", "part2", "part3", "part4", "t1", "t12", "s1", "s13")) {
            assertThat(html).contains("<a href=\"#" + id + "\">").contains("id=\"" + id + "\"");
        }
    }

    @Test
    void thePageNeedsNothingFromOutside() {
        assertThat(html).doesNotContain("<link").doesNotContain("src=").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("href=\"http");
    }

    @Test
    void aDisclosureThatLacksEveryPartStillRendersWithoutInventingAny() throws Exception {
        Disclosure bare = new Disclosure("bare.txt", null, null, List.of(), null, null, List.of());
        String out = render(bare);
        parse(out);
        assertThat(out).contains("<h1>部门预算公开</h1>").doesNotContain("第一部分").doesNotContain("<caption>")
                .doesNotContain("class=\"signature\"");
        // and a table with nothing but its title
        Table t5 = new Table(TableId.T5, null, "一般公共预算支出情况表", null, null, List.of(), List.of(), null, null);
        assertThat(render(bare.withTable(t5))).contains("<span class=\"caption-title\">表5 一般公共预算支出情况表</span>")
                .doesNotContain("编制部门：");
    }

    @Test
    void coverGlossaryAndSignatureArePrinted() {
        assertThat(html).contains("<p class=\"cover-line\">2026年昌吉市人民政府办公室</p>\n<h1>部门预算公开</h1>")
                .contains("<dt><span class=\"no\">三、</span>财政专户管理资金</dt>")
                .contains("<footer class=\"signature\">\n<p>昌吉市人民政府办公室</p>\n<p>2026年3月13日</p>");
    }
}

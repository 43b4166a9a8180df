package org.budgetdisclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The home page's search in the running portal: each kind of query finds the sample and says where. */
class SearchWebTest {

    private static LivePortal portal;

    @BeforeAll
    static void start() {
        portal = LivePortal.start("search");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static String search(String q) {
        LivePortal.Page page = portal.get("/search?q=" + LivePortal.encode(q));
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    private static void findsTheSample(String page) {
        assertThat(page).contains("<h2>检索结果（1）</h2>")
                .contains("<a href=\"/d/" + portal.sampleId + "\">昌吉市人民政府办公室2026年部门预算公开</a>");
    }

    @Test
    void aProjectName() {
        String page = search("电子政务维护费");

        findsTheSample(page);
        assertThat(page).contains("<li><span class=\"muted\">表7 项目：</span>2010399 其他政府办公厅（室）及相关机构事务支出 <mark>电子政务维护费</mark></li>");
    }

    @Test
    void aClassificationName() {
        String page = search("行政事业单位医疗");

        findsTheSample(page);
        assertThat(page).contains("<span class=\"muted\">表2 科目：</span>21011 <mark>行政事业单位医疗</mark>");
    }

    @Test
    void aClassificationCode() {
        String page = search("2010301");

        findsTheSample(page);
        assertThat(page).contains("<span class=\"muted\">表2 科目：</span><mark>2010301</mark> 行政运行");
    }

    @Test
    void aPhraseOfTheProse() {
        String page = search("事业编制人员减少");

        findsTheSample(page);
        assertThat(page).contains("<span class=\"muted\">情况说明第5项：</span>").contains("机构改革后，<mark>事业编制人员减少</mark>，相应经费减少");
    }

    @Test
    void nothingFoundSaysSo() {
        String page = search("不存在的词语组合");

        assertThat(page).contains("<h2>检索结果（0）</h2>").contains("没有找到与“不存在的词语组合”相关的公开文件。");
    }

    @Test
    void markupAndSqlInAQueryAreHarmlessText() {
        String markup = search("<script>alert(1)</script>");
        String sql = search("' OR '1'='1");
        String wildcard = search("%%%"); // the prose prints % after shares, never three in a row
        String oneCharacter = search("行政_行"); // as a LIKE wildcard, _ would match 行政运行
        String escape = search("!%");

        assertThat(markup).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<h2>检索结果（0）</h2>");
        assertThat(sql).contains("<h2>检索结果（0）</h2>");
        assertThat(wildcard).as("%%% is text, not three wildcards").contains("<h2>检索结果（0）</h2>");
        assertThat(oneCharacter).contains("<h2>检索结果（0）</h2>");
        assertThat(escape).contains("<h2>检索结果（0）</h2>");
    }
}

package org.budgetdisclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.SampleVariants;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /compare in the running portal: the sample against a published correction with one figure changed. */
class ComparePageWebTest {

    private static LivePortal portal;
    private static long changed;

    @BeforeAll
    static void start() {
        portal = LivePortal.start("compare");
        // the same document published again (version 2) with 表3's 行政运行 at 620.96 instead of 610.96
        changed = portal.importPublished("corrected.txt", SampleVariants.withT3AdminRunning("620.96"));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** The table row of a line in one part of the page. */
    private static String row(String page, String part, String key) {
        int from = page.indexOf("<section class=\"panel\" id=\"part-" + part + "\">");
        assertThat(from).as("part " + part).isNotNegative();
        Matcher m = Pattern.compile("<tr[^>]*data-key=\"" + Pattern.quote(key) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page.substring(from, page.indexOf("</section>", from)));
        assertThat(m.find()).as(key + " in " + part).isTrue();
        return m.group(1).replaceAll("\\s+", " ");
    }

    @Test
    void withoutParametersThePageOffersThePublishedVersions() {
        LivePortal.Page page = portal.get("/compare");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<select id=\"pick-a\" name=\"a\" required>").contains("<select id=\"pick-b\" name=\"b\" required>")
                .contains("<option value=\"" + portal.sampleId + "\">昌吉市人民政府办公室2026年部门预算公开 · 第 1 版</option>")
                .contains("<option value=\"" + changed + "\">昌吉市人民政府办公室2026年部门预算公开 · 第 2 版</option>")
                .doesNotContain("id=\"part-");
    }

    @Test
    void theChangedFigureShowsWithItsDifferenceAndPercent() {
        LivePortal.Page page = portal.get("/compare?a=" + portal.sampleId + "&b=" + changed);

        assertThat(page.status()).isEqualTo(200);
        assertThat(row(page.body(), "t3", "2010301")).contains("<td>2010301</td>").contains("行政运行")
                .contains("<td class=\"num\">610.96</td>").contains("<td class=\"num\">620.96</td>")
                .contains("<td class=\"num diff-up\">+10.00</td>").contains("<td class=\"num\">+1.64%</td>");
        assertThat(row(page.body(), "t3", "2010350")).contains("<td class=\"num\">0.00</td>");
        assertThat(row(page.body(), "t5", "2010301")).as("表5 was not changed").contains("<td class=\"num\">0.00</td>");
        assertThat(page.body()).contains("部门支出（表3，按支出功能分类）</h2>")
                .contains("<option value=\"" + changed + "\" selected>");
    }

    @Test
    void onlyChangedLinesWhenAsked() {
        String page = portal.get("/compare?a=" + changed + "&b=" + portal.sampleId + "&changed=1").body();

        assertThat(row(page, "t3", "2010301")).contains("<td class=\"num diff-down\">-10.00</td>").contains("-1.61%");
        assertThat(page).doesNotContain("data-key=\"2010350\"").contains("没有变化。")
                .contains("<input type=\"checkbox\" id=\"changed\" name=\"changed\" value=\"1\" checked>");
    }

    @Test
    void twoDepartmentsOfOneYearAreComparedByCode() {
        long other = portal.importPublished("other.txt", SampleVariants.text().replace("昌吉市人民政府办公室", "昌吉市测试局"));
        String page = portal.get("/compare?a=" + portal.sampleId + "&b=" + other).body();

        assertThat(page).contains("甲：<a href=\"/d/" + portal.sampleId + "\">").contains("乙：<a href=\"/d/" + other + "\">昌吉市测试局2026年部门预算公开");
        assertThat(row(page, "t6", "30231")).contains("公务用车运行维护费").contains("<td class=\"num\">64.00</td>");
    }

    @Test
    void badOrUnknownIdsAreRefusedWithAMessage() {
        LivePortal.Page unknown = portal.get("/compare?a=" + portal.sampleId + "&b=99999");
        LivePortal.Page bad = portal.get("/compare?a=" + LivePortal.encode("1 OR 1=1"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("没有编号为 99999 的公开文件");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("参数 a 应为公开文件编号，而不是“1 OR 1=1”");
    }

    @Test
    void aDraftIsNotComparedForThePublic() {
        long dep = portal.db.departments().obtain("昌吉市人民政府办公室").id();
        long user = portal.db.users().create("editor-compare", "编辑", "x", Role.EDITOR, dep);
        Actor editor = Actor.of(portal.db.users().find(user).orElseThrow());
        long draft = portal.services.workflow().createFromUpload(editor,
                new Upload("draft.txt", SampleVariants.text().getBytes(StandardCharsets.UTF_8)));

        LivePortal.Page page = portal.get("/compare?a=" + portal.sampleId + "&b=" + draft);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("id=\"part-");
    }
}

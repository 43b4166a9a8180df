package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.budgetdisclosure.store.AuditEntry;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Status;
import org.junit.jupiter.api.Test;

/**
 * A department's disclosure from upload to a corrected second version, every step through HTTP as
 * the admin, the department's editor, the finance bureau's reviewer and the public do it.
 */
class WorkflowTest extends PortalTest {

    private static final String DEPARTMENT = "昌吉市流程测试局";

    @Test
    void fromUploadToPublishedAndCorrected() {
        Instant started = Instant.now().minusSeconds(5);

        // the admin sets up a department, its editor and a reviewer
        Browser admin = portal.admin();
        assertThat(admin.post("/admin/departments", form("name", DEPARTMENT, "region", "昌吉市")).status()).isEqualTo(302);
        long dep = Html.departmentId(admin.get("/admin"), DEPARTMENT);
        assertThat(admin.post("/admin/users", form("username", "wf-editor", "displayName", "流程编辑", "password", "editor-pass1",
                "role", "EDITOR", "department", String.valueOf(dep))).status()).isEqualTo(302);
        assertThat(admin.post("/admin/users", form("username", "wf-reviewer", "displayName", "流程审核", "password", "reviewer-pass1",
                "role", "REVIEWER", "department", "")).status()).isEqualTo(302);
        assertThat(admin.get("/admin").body()).contains("wf-editor", "流程编辑", "wf-reviewer", "部门编辑", "财政审核");

        // the editor uploads a budget file and a published text
        Browser editor = portal.login("wf-editor", "editor-pass1");
        long budget = Html.idFromLocation(editor.upload("/desk/upload", "changji-gov-office-2026.budget.json", Portal.budgetFile()));
        long text = Html.idFromLocation(editor.upload("/desk/upload", "changji-gov-office-2026.txt", Portal.disclosureText()));
        assertThat(stored(budget).departmentId()).isEqualTo(dep);
        assertThat(stored(budget).sourceFormat()).isEqualTo(DisclosureRecord.SourceFormat.BUDGET_JSON);
        assertThat(stored(text).sourceFormat()).isEqualTo(DisclosureRecord.SourceFormat.TEXT);

        // … and sees the findings: the computed budget has no error, the published text has some
        Browser.Response textPage = editor.get("/desk/d/" + text);
        assertThat(Html.editorContent(textPage)).as("the text, leading blank lines and all, as the browser will send it back")
                .isEqualTo(stored(text).content()).startsWith("\n\n");
        int textErrors = editor.api("GET", "/api/disclosures/" + text + "/findings", null).json().get("summary").get("error").asInt();
        assertThat(textErrors).isPositive();
        assertThat(Html.text(textPage, "finding-counts")).startsWith(textErrors + " 个错误");
        assertThat(Html.parse(textPage).select("#finding-list li.finding-error")).hasSize(textErrors);
        Browser.Response budgetPage = editor.get("/desk/d/" + budget);
        assertThat(Html.text(budgetPage, "finding-counts")).startsWith("0 个错误");
        assertThat(editor.get("/desk").body()).contains("/desk/d/" + budget, "/desk/d/" + text);

        // edits: saved with the lock version the page carried; the stored content is the new one
        assertThat(stored(budget).content()).isEqualTo(new String(Portal.budgetFile(), StandardCharsets.UTF_8));
        String content = Html.editorContent(budgetPage);
        assertThat(content).isEqualTo(stored(budget).content());
        int lock = Html.lock(budgetPage);
        String edited = content.replace("负责昌吉市人民政府会议的准备工作", "负责昌吉市人民政府全体会议的准备工作");
        assertThat(edited).isNotEqualTo(content);
        Browser.Response saved = editor.post("/desk/d/" + budget + "/save", form("lock", String.valueOf(lock), "content", edited,
                "note", "补充职能表述"));
        assertThat(saved.location()).contains("/desk/d/" + budget);
        assertThat(stored(budget).content()).isEqualTo(edited);
        assertThat(stored(budget).lockVersion()).isEqualTo(lock + 1);
        Browser.Response afterSave = editor.get("/desk/d/" + budget);
        assertThat(afterSave.body()).contains("已保存。检查发现 0 个错误。", "补充职能表述");
        assertThat(Html.parse(afterSave).select("#document, #editor").text()).contains("全体会议");

        // submits
        assertThat(editor.post("/desk/d/" + budget + "/submit", form("lock", String.valueOf(Html.lock(afterSave)))).status()).isEqualTo(302);
        assertThat(stored(budget).status()).isEqualTo(Status.SUBMITTED);
        Browser.Response submittedPage = editor.get("/desk/d/" + budget);
        assertThat(Html.parse(submittedPage).select("#editor")).as("a submitted draft is no longer editable").isEmpty();

        // the reviewer sees it and returns it with a comment
        Browser reviewer = portal.login("wf-reviewer", "reviewer-pass1");
        assertThat(reviewer.get("/desk").body()).contains("/desk/d/" + budget, Status.SUBMITTED.chinese());
        Browser.Response review = reviewer.get("/desk/d/" + budget);
        assertThat(Html.parse(review).select("button#publish")).hasSize(1);
        assertThat(reviewer.post("/desk/d/" + budget + "/return", form("lock", String.valueOf(Html.lock(review)),
                "comment", "请补充会议职能的具体内容")).status()).isEqualTo(302);
        assertThat(stored(budget).status()).isEqualTo(Status.RETURNED);
        assertThat(stored(budget).reviewComment()).isEqualTo("请补充会议职能的具体内容");

        // the editor reads the comment, fixes and resubmits
        Browser.Response returned = editor.get("/desk/d/" + budget);
        assertThat(returned.body()).contains("审核意见：请补充会议职能的具体内容");
        String fixed = Html.editorContent(returned).replace("全体会议", "全体会议和常务会议");
        assertThat(editor.post("/desk/d/" + budget + "/save", form("lock", String.valueOf(Html.lock(returned)), "content", fixed,
                "note", "按审核意见修改")).status()).isEqualTo(302);
        assertThat(editor.post("/desk/d/" + budget + "/submit", form("lock", String.valueOf(Html.lock(editor.get("/desk/d/" + budget)))))
                .status()).isEqualTo(302);
        assertThat(stored(budget).status()).isEqualTo(Status.SUBMITTED);

        // the reviewer publishes: version 1
        Browser.Response published = reviewer.post("/desk/d/" + budget + "/publish",
                form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + budget)))));
        assertThat(published.location()).contains("/d/" + budget);
        DisclosureRecord v1 = stored(budget);
        assertThat(v1.status()).isEqualTo(Status.PUBLISHED);
        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.content()).isEqualTo(fixed);

        // the public sees it: page, home, search, API
        Browser anyone = portal.browser();
        Browser.Response publicPage = anyone.get("/d/" + budget);
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.body()).contains("第 1 版", "全体会议和常务会议");
        assertThat(anyone.get("/").body()).contains(DEPARTMENT, "/d/" + budget);
        assertThat(anyone.get("/search?q=" + Browser.enc("常务会议")).body()).contains("/d/" + budget);
        JsonNode listed = find(anyone.get("/api/disclosures").json(), budget);
        assertThat(listed.get("status").asText()).isEqualTo("published");
        assertThat(listed.get("version").asInt()).isEqualTo(1);
        assertThat(anyone.get("/d/" + budget + "/export/json").status()).isEqualTo(200);

        // a correction: version 2 with its reason; both versions stay readable
        Browser.Response correction = editor.post("/desk/d/" + budget + "/correct", form("reason", "职能表述有误，予以更正"));
        long v2id = Html.idFromLocation(correction);
        assertThat(v2id).isNotEqualTo(budget);
        assertThat(stored(v2id).basedOnId()).isEqualTo(budget);
        assertThat(stored(v2id).correctionReason()).isEqualTo("职能表述有误，予以更正");
        Browser.Response v2draft = editor.get("/desk/d/" + v2id);
        assertThat(v2draft.body()).contains("更正原因：职能表述有误，予以更正");
        String corrected = Html.editorContent(v2draft).replace("全体会议和常务会议", "全体会议、常务会议");
        editor.post("/desk/d/" + v2id + "/save", form("lock", String.valueOf(Html.lock(v2draft)), "content", corrected, "note", "更正"));
        editor.post("/desk/d/" + v2id + "/submit", form("lock", String.valueOf(Html.lock(editor.get("/desk/d/" + v2id)))));
        assertThat(reviewer.post("/desk/d/" + v2id + "/publish", form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + v2id)))))
                .status()).isEqualTo(302);
        assertThat(stored(v2id).versionNo()).isEqualTo(2);
        assertThat(stored(budget).versionNo()).as("version 1 is kept as it was").isEqualTo(1);
        assertThat(stored(budget).content()).isEqualTo(fixed);

        Browser.Response v2page = anyone.get("/d/" + v2id);
        assertThat(v2page.body()).contains("第 2 版", "更正原因：职能表述有误，予以更正", "全体会议、常务会议");
        assertThat(Html.text(v2page, "history")).contains("第 2 版", "第 1 版", "职能表述有误，予以更正");
        Browser.Response v1page = anyone.get("/d/" + budget);
        assertThat(v1page.status()).isEqualTo(200);
        assertThat(v1page.body()).contains("此版本已被更正", "全体会议和常务会议").doesNotContain("全体会议、常务会议");
        assertThat(anyone.get("/api/disclosures/" + budget).json().get("version").asInt()).isEqualTo(1);
        assertThat(anyone.get("/api/disclosures/" + v2id).json().get("version").asInt()).isEqualTo(2);

        // a draft with error findings cannot be published: 409, and it stays submitted
        assertThat(editor.post("/desk/d/" + text + "/submit", form("lock", String.valueOf(stored(text).lockVersion()))).status()).isEqualTo(302);
        Browser.Response refused = reviewer.post("/desk/d/" + text + "/publish", form("lock", String.valueOf(stored(text).lockVersion())));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("检查发现 " + textErrors + " 个错误，不能公开");
        Browser.Response refusedApi = reviewer.api("POST", "/api/disclosures/" + text + "/publish",
                "{\"lockVersion\":" + stored(text).lockVersion() + "}");
        assertThat(refusedApi.status()).isEqualTo(409);
        assertThat(refusedApi.json().get("status").asInt()).isEqualTo(409);
        assertThat(stored(text).status()).isEqualTo(Status.SUBMITTED);
        assertThat(stored(text).versionNo()).isNull();
        assertThat(anyone.get("/d/" + text).status()).isEqualTo(404);

        // the audit log has every step, with who and when
        List<AuditEntry> log = portal.db().audit().forDisclosure(budget);
        assertThat(log).extracting(e -> e.action() + " " + e.username()).containsExactly(
                "create wf-editor", "edit wf-editor", "submit wf-editor", "return wf-reviewer", "edit wf-editor",
                "submit wf-editor", "publish wf-reviewer");
        // an edit's entry is its note, then what changed (lines, error counts)
        assertThat(log).extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("补充职能表述"))
                .contains("已退回修改：请补充会议职能的具体内容", "公开为第 1 版");
        Instant now = Instant.now().plusSeconds(5);
        assertThat(log).allSatisfy(e -> assertThat(e.at()).isBetween(started, now));
        assertThat(log).extracting(AuditEntry::userId).doesNotContainNull();
        assertThat(portal.db().audit().forDisclosure(v2id)).extracting(AuditEntry::action)
                .containsExactly("create", "edit", "submit", "publish");
        assertThat(portal.db().audit().forDisclosure(v2id).get(0).detail()).contains("更正原因：职能表述有误，予以更正");
        assertThat(Html.text(editor.get("/desk/d/" + text), "audit")).contains("wf-editor", "提交审核");
        assertThat(Html.text(admin.get("/admin"), "audit-log")).contains("wf-reviewer", "公开", "#" + v2id);
    }

    private static DisclosureRecord stored(long id) {
        return portal.db().disclosures().find(id).orElseThrow();
    }

    static JsonNode find(JsonNode list, long id) {
        for (JsonNode n : list) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("#" + id + " not in " + list);
    }
}

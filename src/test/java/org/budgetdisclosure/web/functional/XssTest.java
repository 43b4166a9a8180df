package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.budgetdisclosure.store.Role;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Script in every text a user can put in front of another: the payload must come out as text on
 * every page that shows it (escaped), never as markup: no script element, no event attribute, no
 * javascript: link, and no way out of the editor's textarea.
 */
class XssTest extends PortalTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "</textarea><script>alert(2)</script>");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Nothing on the page became markup, and (when it has markup characters) the raw payload is absent. */
    static void assertInert(Browser.Response page, String payload, String where) {
        if (payload.matches(".*[<>\"].*")) {
            assertThat(page.body()).as("%s: the raw payload %s", where, payload).doesNotContain(payload);
        }
        Document doc = Html.parse(page);
        assertThat(doc.select("script")).as("%s: no script from the payload", where)
                .noneMatch(s -> s.data().contains("alert(") || s.attr("src").contains("alert"));
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("%s: event attribute on <%s>", where, e.tagName()).doesNotStartWith("on");
                if (List.of("href", "src", "action", "formaction").contains(a.getKey().toLowerCase(Locale.ROOT))) {
                    assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as("%s: %s of <%s>", where, a.getKey(), e.tagName())
                            .doesNotStartWith("javascript:");
                }
            }
        }
        assertThat(doc.select("img[src=x]")).as("%s: no injected image", where).isEmpty();
    }

    /** Inert, and shown: the payload is the page's text (or a form field's value), so it was escaped. */
    static void assertShownEscaped(Browser.Response page, String payload, String where) {
        assertInert(page, payload, where);
        Document doc = Html.parse(page);
        StringBuilder visible = new StringBuilder(doc.title()).append('\n').append(doc.text());
        doc.select("textarea").forEach(t -> visible.append('\n').append(t.wholeText()));
        doc.select("input[value], option[value]").forEach(i -> visible.append('\n').append(i.attr("value")));
        assertThat(visible.toString()).as("%s: the payload shown as text", where).contains(payload);
        if (payload.contains("<")) {
            assertThat(page.body()).as("%s: the escaped form", where).containsPattern(escapedForm(payload));
        }
    }

    /**
     * The payload as an escaper writes it: {@code <} and {@code &} always as entities; {@code >} and
     * quotes as entities or, where that is safe (jte inside a quoted attribute leaves {@code >}), as is.
     */
    static java.util.regex.Pattern escapedForm(String payload) {
        StringBuilder re = new StringBuilder();
        for (char c : payload.toCharArray()) {
            re.append(switch (c) {
                case '<' -> "&lt;";
                case '&' -> "&amp;";
                case '>' -> "(?:>|&gt;)";
                case '"' -> "(?:\"|&#34;|&quot;)";
                default -> java.util.regex.Pattern.quote(String.valueOf(c));
            });
        }
        return java.util.regex.Pattern.compile(re.toString());
    }

    @Test
    void departmentNamesAndDisplayNames() {
        Browser admin = portal.admin();
        Browser reviewer = portal.login(portal.user("xss-reviewer", Role.REVIEWER, null).username(), Portal.password("xss-reviewer"));
        int i = 0;
        for (String payload : PAYLOADS) {
            i++;
            String department = payload + "局" + i;
            assertThat(admin.post("/admin/departments", form("name", department, "region", payload)).status()).isEqualTo(302);
            assertShownEscaped(admin.get("/admin"), department, "admin page with the flash of the new department");
            long dep = Html.departmentId(admin.get("/admin"), department);
            Browser.Response duplicate = admin.post("/admin/departments", form("name", department, "region", ""));
            assertThat(duplicate.status()).isEqualTo(409);
            assertShownEscaped(duplicate, department, "error page of a duplicate department");

            String username = "xss-editor-" + i;
            assertThat(admin.post("/admin/users", form("username", username, "displayName", payload, "password", "xss-pass-1",
                    "role", "EDITOR", "department", String.valueOf(dep))).status()).isEqualTo(302);
            assertShownEscaped(admin.get("/admin"), payload, "admin page listing the user");

            Browser editor = portal.login(username, "xss-pass-1");
            assertShownEscaped(editor.get("/desk"), payload, "the editor's own name in the page header");
            long draft = Html.idFromLocation(editor.upload("/desk/upload", "x.budget.json", Portal.budgetFile()));
            assertShownEscaped(editor.get("/desk"), department, "the editor's work list");
            assertShownEscaped(editor.get("/desk/d/" + draft), department, "the draft page");
            editor.post("/desk/d/" + draft + "/submit", form("lock", String.valueOf(Html.lock(editor.get("/desk/d/" + draft)))));
            assertShownEscaped(reviewer.get("/desk"), department, "the reviewer's work list");
            assertThat(reviewer.post("/desk/d/" + draft + "/publish", form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + draft)))))
                    .status()).isEqualTo(302);
            Browser anyone = portal.browser();
            assertShownEscaped(anyone.get("/"), department, "home page index of departments");
            assertShownEscaped(anyone.get("/search?q=" + Browser.enc(department)), department, "search results");
            Browser.Response export = anyone.get("/d/" + draft + "/export/md");
            assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).doesNotContain("<", "\"><");
        }
    }

    @Test
    void namesAndTextsInsideTheDocument() {
        long dep = portal.department("文档内容测试局");
        portal.user("xss-doc", Role.EDITOR, dep);
        portal.user("xss-doc-reviewer", Role.REVIEWER, null);
        Browser editor = portal.login("xss-doc", Portal.password("xss-doc"));
        Browser reviewer = portal.login("xss-doc-reviewer", Portal.password("xss-doc-reviewer"));
        for (String payload : PAYLOADS) {
            long draft = Html.idFromLocation(editor.upload("/desk/upload", "x.budget.json", budgetWith(payload)));
            List<String> pages = new ArrayList<>(List.of("/desk", "/desk/d/" + draft, "/d/" + draft, "/d/" + draft + "/report",
                    "/d/" + draft + "/export/html"));
            for (String page : pages) {
                assertShownEscaped(editor.get(page), payload + "办公室", "budget with the payload in names: " + page);
            }
            Browser.Response draftPage = editor.get("/desk/d/" + draft);
            assertThat(Html.editorContent(draftPage)).as("the editor's textarea holds the whole file").isEqualTo(
                    portal.db().disclosures().find(draft).orElseThrow().content());
            editor.post("/desk/d/" + draft + "/submit", form("lock", String.valueOf(Html.lock(draftPage))));
            assertThat(reviewer.post("/desk/d/" + draft + "/publish", form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + draft)))))
                    .status()).as("published with payload %s", payload).isEqualTo(302);
            Browser anyone = portal.browser();
            for (String page : List.of("/", "/d/" + draft, "/d/" + draft + "/report", "/d/" + draft + "/export/html",
                    "/search?q=" + Browser.enc(payload))) {
                assertShownEscaped(anyone.get(page), payload + "办公室", "published budget: " + page);
            }
            assertShownEscaped(anyone.get("/d/" + draft), payload + "项目", "project name on the public page");

            // a published text with the payload in its prose
            long text = Html.idFromLocation(editor.upload("/desk/upload", "x.txt", textWith(payload)));
            for (String page : List.of("/desk/d/" + text, "/d/" + text, "/d/" + text + "/report", "/d/" + text + "/export/html")) {
                assertShownEscaped(editor.get(page), "说明" + payload + "结束", "text with the payload in its prose: " + page);
            }
            assertThat(Html.editorContent(editor.get("/desk/d/" + text))).isEqualTo(portal.db().disclosures().find(text).orElseThrow().content());
        }
    }

    @Test
    void commentsReasonsNotesAndTheSearchBox() {
        long dep = portal.department("意见测试局");
        portal.user("xss-c-editor", Role.EDITOR, dep);
        portal.user("xss-c-reviewer", Role.REVIEWER, null);
        Browser editor = portal.login("xss-c-editor", Portal.password("xss-c-editor"));
        Browser reviewer = portal.login("xss-c-reviewer", Portal.password("xss-c-reviewer"));
        Browser admin = portal.admin();
        Browser anyone = portal.browser();
        for (String payload : PAYLOADS) {
            long draft = Html.idFromLocation(editor.upload("/desk/upload", "c.budget.json", Portal.budgetFile()));
            Browser.Response page = editor.get("/desk/d/" + draft);
            // edit note
            assertThat(editor.post("/desk/d/" + draft + "/save", form("lock", String.valueOf(Html.lock(page)),
                    "content", Html.editorContent(page), "note", payload)).status()).isEqualTo(302);
            assertShownEscaped(editor.get("/desk/d/" + draft), payload, "edit note in the draft's audit table");
            assertShownEscaped(admin.get("/admin"), payload, "edit note in the admin's audit log");
            // review comment
            editor.post("/desk/d/" + draft + "/submit", form("lock", String.valueOf(Html.lock(editor.get("/desk/d/" + draft)))));
            assertThat(reviewer.post("/desk/d/" + draft + "/return", form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + draft))),
                    "comment", payload)).status()).isEqualTo(302);
            assertShownEscaped(editor.get("/desk/d/" + draft), "审核意见：" + payload, "review comment on the draft page");
            assertShownEscaped(reviewer.get("/desk/d/" + draft), payload, "review comment for the reviewer");
            assertShownEscaped(admin.get("/admin"), payload, "review comment in the admin's audit log");
            // correction reason, on the draft and, once published, on the public page and its history
            editor.post("/desk/d/" + draft + "/submit", form("lock", String.valueOf(Html.lock(editor.get("/desk/d/" + draft)))));
            reviewer.post("/desk/d/" + draft + "/publish", form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + draft)))));
            long correction = Html.idFromLocation(editor.post("/desk/d/" + draft + "/correct", form("reason", payload)));
            assertShownEscaped(editor.get("/desk/d/" + correction), "更正原因：" + payload, "correction reason on the draft");
            editor.post("/desk/d/" + correction + "/submit", form("lock", String.valueOf(Html.lock(editor.get("/desk/d/" + correction)))));
            assertThat(reviewer.post("/desk/d/" + correction + "/publish",
                    form("lock", String.valueOf(Html.lock(reviewer.get("/desk/d/" + correction))))).status()).isEqualTo(302);
            assertShownEscaped(anyone.get("/d/" + correction), "更正原因：" + payload, "correction reason on the public page");
            assertShownEscaped(anyone.get("/d/" + draft), payload, "correction reason in the history of the first version");
            // the search box, its results heading and the page title
            Browser.Response search = anyone.get("/search?q=" + Browser.enc(payload));
            assertThat(search.status()).isEqualTo(200);
            assertShownEscaped(search, payload, "search page");
            assertThat(Html.parse(search).selectFirst("input#q").attr("value")).isEqualTo(payload);
        }
    }

    @Test
    void uploadFileNamesLoginNamesAndAddressesInErrorPages() {
        long dep = portal.department("文件名测试局");
        portal.user("xss-f", Role.EDITOR, dep);
        Browser editor = portal.login("xss-f", Portal.password("xss-f"));
        for (String payload : PAYLOADS) {
            Browser.Response empty = editor.upload("/desk/upload", payload + ".txt", new byte[0]);
            assertThat(empty.status()).isEqualTo(422);
            assertInert(empty, payload, "error page for an empty upload named with the payload");
            Browser.Response bad = editor.upload("/desk/upload", payload + ".json", "{ not json".getBytes(StandardCharsets.UTF_8));
            assertThat(bad.status()).isEqualTo(422);
            assertInert(bad, payload, "error page for a broken upload named with the payload");

            Browser stranger = portal.browser();
            Browser.Response loginPage = stranger.get("/login");
            String token = Html.parse(loginPage).selectFirst("input[name=_csrf]").attr("value");
            Browser.Response refused = stranger.postWithoutToken("/login", form("_csrf", token, "username", payload, "password", "x"));
            assertThat(refused.status()).isEqualTo(401);
            assertShownEscaped(refused, payload, "login form echoing the refused user name");

            Browser.Response notFound = stranger.get("/d/" + Browser.enc(payload).replace("+", "%20"));
            assertThat(notFound.status()).isEqualTo(404);
            assertInert(notFound, payload, "error page for an address with the payload");
        }
    }

    /** The sample budget with the payload in the department's name, a project's name and a duty. */
    static byte[] budgetWith(String payload) {
        try {
            // the project's name everywhere it is used (its lines too), so the budget stays free of errors
            String quoted = JSON.writeValueAsString(payload + "项目");
            String text = new String(Portal.budgetFile(), StandardCharsets.UTF_8)
                    .replace("电子政务维护费", quoted.substring(1, quoted.length() - 1));
            ObjectNode root = (ObjectNode) JSON.readTree(text);
            ObjectNode department = (ObjectNode) root.get("department");
            department.put("name", payload + "办公室");
            ((ArrayNode) department.get("duties")).set(0, JSON.getNodeFactory().textNode("职能" + payload + "结束"));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample text with the payload inside its first duty (part 1). */
    static byte[] textWith(String payload) {
        String text = new String(Portal.disclosureText(), StandardCharsets.UTF_8);
        String duty = "1. 负责昌吉市人民政府会议";
        assertThat(text).contains(duty);
        return text.replace(duty, "1. 说明" + payload + "结束负责昌吉市人民政府会议").getBytes(StandardCharsets.UTF_8);
    }
}

package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.Department;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input meant to break things: SQL fragments in search, login and form fields are only text; an
 * upload that is too large gets 413 and one that cannot be read gets 422, each with a Chinese
 * message that says which file and what, and neither stores anything.
 */
class HostileInputTest extends PortalTest {

    static final List<String> SQL = List.of("' OR 1=1 --", "'; DROP TABLE disclosure; --", "\" OR \"\"=\"", "%' OR '1'='1",
            "admin' --", "1; DELETE FROM app_user");

    private Browser editor;

    @BeforeEach
    void editor() {
        long dep = portal.department("输入测试局");
        portal.user("hostile-editor", Role.EDITOR, dep);
        editor = portal.login("hostile-editor", Portal.password("hostile-editor"));
    }

    private static Browser apiClient() {
        return portal.browser().basic("hostile-editor", Portal.password("hostile-editor"));
    }

    private static int rows(String table) {
        return portal.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void sqlInSearchLoginAndFormsIsJustText() {
        int disclosures = rows("disclosure");
        int users = rows("app_user");
        Browser anyone = portal.browser();
        Browser admin = portal.admin();
        for (String sql : SQL) {
            Browser.Response search = anyone.get("/search?q=" + Browser.enc(sql));
            assertThat(search.status()).as("search %s", sql).isEqualTo(200);
            assertThat(Html.text(search, "results")).as("search %s finds nothing", sql).startsWith("检索结果（0）");
            Browser.Response api = anyone.api("GET", "/api/disclosures?q=" + Browser.enc(sql), null);
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.json()).as("API search %s", sql).isEmpty();

            Browser stranger = portal.browser();
            String token = Html.parse(stranger.get("/login")).selectFirst("input[name=_csrf]").attr("value");
            assertThat(stranger.postWithoutToken("/login", form("_csrf", token, "username", sql, "password", sql)).status())
                    .as("login as %s", sql).isEqualTo(401);
            assertThat(stranger.postWithoutToken("/login", form("_csrf", token, "username", "admin", "password", sql)).status())
                    .as("admin with password %s", sql).isEqualTo(401);
            assertThat(portal.browser().basic(sql, sql).api("GET", "/api/disclosures", null).status()).isEqualTo(401);
            assertThat(anyone.get("/d/" + Browser.enc(sql).replace("+", "%20")).status()).isEqualTo(404);

            // stored as typed, shown as typed
            assertThat(admin.post("/admin/departments", form("name", "部门" + sql, "region", sql)).status()).isEqualTo(302);
            Department stored = portal.db().departments().byName("部门" + sql).orElseThrow();
            assertThat(stored.region()).isEqualTo(sql);
            assertThat(Html.parse(admin.get("/admin")).select("#departments li").eachText()).anyMatch(t -> t.startsWith("部门" + sql));
            long draft = Html.idFromLocation(editor.upload("/desk/upload", "s.budget.json", Portal.budgetFile()));
            Browser.Response page = editor.get("/desk/d/" + draft);
            assertThat(editor.post("/desk/d/" + draft + "/save", form("lock", String.valueOf(Html.lock(page)),
                    "content", Html.editorContent(page), "note", sql)).status()).isEqualTo(302);
            assertThat(portal.db().audit().forDisclosure(draft).get(1).detail()).startsWith(sql + "（");
        }
        assertThat(rows("disclosure")).as("one draft per input, nothing dropped").isEqualTo(disclosures + SQL.size());
        assertThat(rows("app_user")).isEqualTo(users);
        assertThat(rows("department")).isGreaterThanOrEqualTo(SQL.size() + 2);
        assertThat(anyone.get("/").status()).isEqualTo(200);
        assertThat(portal.admin().get("/admin").status()).isEqualTo(200);
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        Browser anyone = portal.browser();
        assertThat(anyone.api("GET", "/api/disclosures?q=" + Browser.enc("昌吉市人民政府办公室"), null).json()).isNotEmpty();
        assertThat(anyone.api("GET", "/api/disclosures?q=" + Browser.enc("昌吉%办公室"), null).json()).isEmpty();
        assertThat(anyone.api("GET", "/api/disclosures?q=" + Browser.enc("昌吉市人民政府办公_"), null).json()).isEmpty();
        assertThat(anyone.api("GET", "/api/disclosures?q=" + Browser.enc("!"), null).status()).isEqualTo(200);
    }

    @Test
    void anOversizedUploadGets413WithAClearMessageAndStoresNothing() {
        int before = rows("disclosure");
        byte[] big = new byte[Upload.MAX_BYTES + 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';

        // each from a browser of its own: the server answers before reading the rest and then closes
        // the connection, which a client must not reuse
        Browser.Response page = portal.login("hostile-editor", Portal.password("hostile-editor"))
                .upload("/desk/upload", "big.budget.json", big);
        assertThat(page.status()).isEqualTo(413);
        assertThat(Html.parse(page).selectFirst("#error").text()).contains("文件过大", "5 MB");

        Browser.Response multipart = apiClient().upload("/api/disclosures", "big.budget.json", big);
        assertThat(multipart.status()).isEqualTo(413);
        assertThat(multipart.json().get("title").asText()).isEqualTo("文件过大");

        Browser.Response api = apiClient().apiBytes("/api/disclosures?filename=big.budget.json", big);
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.json().get("status").asInt()).isEqualTo(413);
        assertThat(api.json().get("title").asText()).isEqualTo("文件过大");
        assertThat(api.json().get("details").asText()).contains("5 MB");

        long draft = Html.idFromLocation(editor.upload("/desk/upload", "ok.budget.json", Portal.budgetFile()));
        DisclosureRecord r = portal.db().disclosures().find(draft).orElseThrow();
        String huge = r.content() + " ".repeat(Upload.MAX_BYTES);
        Browser.Response save = apiClient().api("PUT", "/api/disclosures/" + draft + "/content",
                "{\"lockVersion\":" + r.lockVersion() + ",\"content\":\"" + huge.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}");
        assertThat(save.status()).isEqualTo(413);
        assertThat(portal.db().disclosures().find(draft).orElseThrow().content()).isEqualTo(r.content());

        assertThat(rows("disclosure")).as("only the one good upload is stored").isEqualTo(before + 1);
        assertThat(editor.get("/desk").status()).as("the server is still there").isEqualTo(200);
    }

    @Test
    void aMalformedUploadGets422WithALocatedMessageAndStoresNothing() {
        int before = rows("disclosure");
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        record Case(String name, byte[] bytes, String says) {
        }
        List<Case> cases = List.of(
                new Case("junk.bin", junk, "junk.bin"),
                new Case("junk.txt", junk, "junk.txt"),
                new Case("broken.budget.json", "{\n  \"department\": {\n    \"name\": \"某局\",\n".getBytes(StandardCharsets.UTF_8), "broken.budget.json"),
                new Case("wrong.budget.json", "{\"department\": {\"name\": 42}, \"lines\": \"none\"}".getBytes(StandardCharsets.UTF_8), "wrong.budget.json"),
                new Case("empty.json", new byte[0], "文件是空的"),
                new Case("empty.txt", new byte[0], "文件是空的"),
                new Case("not-a-disclosure.txt", "这不是一份预算公开文件。\n".getBytes(StandardCharsets.UTF_8), "not-a-disclosure.txt"));
        for (Case c : cases) {
            Browser.Response page = editor.upload("/desk/upload", c.name(), c.bytes());
            assertThat(page.status()).as("%s: %s", c.name(), page).isEqualTo(422);
            String message = Html.parse(page).selectFirst("#error p").text();
            assertThat(message).as(c.name()).contains(c.says()).doesNotContain("Exception", "\tat ");

            Browser.Response api = editor.apiBytes("/api/disclosures?filename=" + Browser.enc(c.name()), c.bytes());
            assertThat(api.status()).as("API %s", c.name()).isEqualTo(422);
            assertThat(api.json().get("details").asText()).as("API %s", c.name()).contains(c.says());
        }
        Browser.Response broken = editor.upload("/desk/upload", "broken.budget.json",
                "{\n  \"department\": {\n    \"name\": \"某局\",\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Html.parse(broken).selectFirst("#error p").text()).as("the place in the file").containsPattern("broken\\.budget\\.json.*第 \\d+ 行");
        assertThat(rows("disclosure")).isEqualTo(before);

        // saving unreadable content over a good draft is refused the same way, and the draft is kept
        long draft = Html.idFromLocation(editor.upload("/desk/upload", "ok.budget.json", Portal.budgetFile()));
        DisclosureRecord r = portal.db().disclosures().find(draft).orElseThrow();
        Browser.Response save = editor.post("/desk/d/" + draft + "/save", form("lock", String.valueOf(r.lockVersion()),
                "content", "{ \"department\": ", "note", "坏内容"));
        assertThat(save.status()).isEqualTo(422);
        assertThat(portal.db().disclosures().find(draft).orElseThrow().content()).isEqualTo(r.content());
        assertThat(portal.db().disclosures().find(draft).orElseThrow().lockVersion()).isEqualTo(r.lockVersion());
    }
}

package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import java.util.List;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A department editor cannot reach another department's drafts however they guess ids; a forged
 * cross-site form changes nothing; the session cookie is HttpOnly and SameSite=Lax and is replaced
 * at login.
 */
class AccessAndSessionTest extends PortalTest {

    private long departmentA;
    private long departmentB;
    private Actor editorA;
    private Actor reviewer;

    @BeforeEach
    void people() {
        departmentA = portal.department("隔离测试甲局");
        departmentB = portal.department("隔离测试乙局");
        portal.user("iso-a", Role.EDITOR, departmentA);
        portal.user("iso-b", Role.EDITOR, departmentB);
        portal.user("iso-reviewer", Role.REVIEWER, null);
        editorA = portal.actor("iso-a");
        reviewer = portal.actor("iso-reviewer");
    }

    private long draftOfA() {
        return portal.services().workflow().createFromUpload(editorA, new Upload("a.budget.json", Portal.budgetFile()));
    }

    private static DisclosureRecord stored(long id) {
        return portal.db().disclosures().find(id).orElseThrow();
    }

    @Test
    void anEditorCannotTouchAnotherDepartmentEvenByGuessingIds() {
        long draft = draftOfA();
        long submitted = draftOfA();
        portal.services().workflow().submit(editorA, submitted, stored(submitted).lockVersion());
        long returned = draftOfA();
        portal.services().workflow().submit(editorA, returned, stored(returned).lockVersion());
        portal.services().workflow().returnDraft(reviewer, returned, stored(returned).lockVersion(), "请修改");
        long published = draftOfA();
        portal.services().workflow().submit(editorA, published, stored(published).lockVersion());
        portal.services().workflow().publish(reviewer, published, stored(published).lockVersion());

        var inA = new org.budgetdisclosure.store.Disclosures.Filter(null, departmentA, null, null, 1000);
        int countInA = portal.db().disclosures().list(inA).size();
        Browser b = portal.login("iso-b", Portal.password("iso-b"));
        Browser bApi = portal.browser().basic("iso-b", Portal.password("iso-b"));
        long highest = portal.db().jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM disclosure").mapTo(Long.class).one());
        for (long id = 1; id <= highest + 3; id++) {
            var r = portal.db().disclosures().find(id);
            int read = r.isEmpty() ? 404 : r.get().status() == Status.PUBLISHED || r.get().departmentId() == departmentB ? 200 : 403;
            for (String path : List.of("/d/" + id, "/d/" + id + "/report", "/d/" + id + "/export/json", "/api/disclosures/" + id,
                    "/api/disclosures/" + id + "/findings", "/api/disclosures/" + id + "/export?format=md")) {
                assertThat(b.get(path).status()).as("editor B reads %s", path).isEqualTo(read);
            }
            assertThat(bApi.api("GET", "/api/disclosures/" + id, null).status()).as("editor B via Basic reads #%d", id).isEqualTo(read);
            if (r.isEmpty() || r.get().departmentId() == departmentB) {
                continue;
            }
            DisclosureRecord before = r.get();
            String lock = String.valueOf(before.lockVersion());
            List<Browser.Response> writes = List.of(
                    b.post("/desk/d/" + id + "/save", form("lock", lock, "content", before.content() + " ", "note", "越权")),
                    b.post("/desk/d/" + id + "/submit", form("lock", lock)),
                    b.post("/desk/d/" + id + "/delete", form("lock", lock)),
                    b.post("/desk/d/" + id + "/publish", form("lock", lock)),
                    b.post("/desk/d/" + id + "/return", form("lock", lock, "comment", "越权")),
                    b.post("/desk/d/" + id + "/correct", form("reason", "越权")),
                    b.post("/desk/d/" + id + "/copy", form()),
                    bApi.api("PUT", "/api/disclosures/" + id + "/content", "{\"lockVersion\":" + lock + ",\"content\":\"x\"}"),
                    bApi.api("POST", "/api/disclosures/" + id + "/submit", "{\"lockVersion\":" + lock + "}"),
                    bApi.api("POST", "/api/disclosures/" + id + "/publish", "{\"lockVersion\":" + lock + "}"),
                    bApi.api("POST", "/api/disclosures/" + id + "/return", "{\"lockVersion\":" + lock + ",\"comment\":\"越权\"}"));
            for (Browser.Response w : writes) {
                assertThat(w.status()).as("editor B writes to department A's #%d (%s): %s", id, before.status(), w).isEqualTo(403);
            }
            DisclosureRecord after = stored(id);
            assertThat(after.lockVersion()).isEqualTo(before.lockVersion());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.content()).isEqualTo(before.content());
        }
        assertThat(List.of(draft, submitted, returned, published)).allMatch(id -> stored(id).departmentId() == departmentA);
        assertThat(portal.db().disclosures().list(inA)).as("nothing new in department A").hasSize(countInA);
    }

    @Test
    void anEditorCannotPublishOrReturnEvenTheirOwn() {
        long own = draftOfA();
        portal.services().workflow().submit(editorA, own, stored(own).lockVersion());
        Browser a = portal.login("iso-a", Portal.password("iso-a"));
        String lock = String.valueOf(stored(own).lockVersion());
        assertThat(a.post("/desk/d/" + own + "/publish", form("lock", lock)).status()).isEqualTo(403);
        assertThat(a.post("/desk/d/" + own + "/return", form("lock", lock, "comment", "自己退回")).status()).isEqualTo(403);
        assertThat(a.api("POST", "/api/disclosures/" + own + "/publish", "{\"lockVersion\":" + lock + "}").status()).isEqualTo(403);
        assertThat(stored(own).status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void anUploadAlwaysLandsInTheEditorsOwnDepartment() {
        // the sample names another department in its header; the draft is still department B's
        Browser b = portal.login("iso-b", Portal.password("iso-b"));
        long id = Html.idFromLocation(b.upload("/desk/upload", "a.budget.json", Portal.budgetFile()));
        assertThat(stored(id).departmentId()).isEqualTo(departmentB);
        assertThat(b.get("/desk/d/" + id).status()).isEqualTo(200);
        assertThat(portal.login("iso-a", Portal.password("iso-a")).get("/desk/d/" + id).status()).isEqualTo(403);
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndChangesNothing() {
        long draft = draftOfA();
        Browser a = portal.login("iso-a", Portal.password("iso-a"));
        DisclosureRecord before = stored(draft);
        String lock = String.valueOf(before.lockVersion());
        String changed = before.content().replace("负责昌吉市人民政府会议的准备工作", "伪造的修改");

        List<Browser.Response> forged = List.of(
                a.postWithoutToken("/desk/d/" + draft + "/save", form("lock", lock, "content", changed, "note", "伪造")),
                a.postWithoutToken("/desk/d/" + draft + "/save", form("_csrf", "guessed-token", "lock", lock, "content", changed)),
                a.postWithoutToken("/desk/d/" + draft + "/save", form("_csrf", "", "lock", lock, "content", changed)),
                a.postWithoutToken("/desk/d/" + draft + "/submit", form("lock", lock)),
                a.postWithoutToken("/desk/d/" + draft + "/delete", form("lock", lock)),
                a.postWithoutToken("/desk/upload", form()),
                a.postWithoutToken("/logout", form()));
        for (Browser.Response r : forged) {
            assertThat(r.status()).as("forged post: %s", r).isEqualTo(403);
            assertThat(r.body()).contains("CSRF");
        }
        // the API from a browser session needs the header too
        Browser noHeader = portal.login("iso-a", Portal.password("iso-a"));
        String token = noHeader.csrf();
        Browser.Response api = noHeaderPut(noHeader, draft, lock, changed, null);
        assertThat(api.status()).isEqualTo(403);
        assertThat(noHeaderPut(noHeader, draft, lock, changed, a.csrf()).status()).as("another session's token").isEqualTo(403);
        assertThat(token).isNotEqualTo(a.csrf());

        DisclosureRecord after = stored(draft);
        assertThat(after.content()).isEqualTo(before.content());
        assertThat(after.lockVersion()).isEqualTo(before.lockVersion());
        assertThat(after.status()).isEqualTo(Status.DRAFT);
        assertThat(a.get("/desk").status()).as("still signed in: the forged logout did nothing").isEqualTo(200);

        // with the token the same post goes through
        assertThat(a.post("/desk/d/" + draft + "/save", form("lock", lock, "content", changed, "note", "真的修改")).status()).isEqualTo(302);
        assertThat(stored(draft).content()).isEqualTo(changed);
        // HTTP Basic is not sent by a browser on its own, so the API takes it without a token
        assertThat(portal.browser().basic("iso-a", Portal.password("iso-a"))
                .api("POST", "/api/disclosures/" + draft + "/submit", "{\"lockVersion\":" + stored(draft).lockVersion() + "}").status())
                .isEqualTo(200);
    }

    private static Browser.Response noHeaderPut(Browser session, long draft, String lock, String content, String token) {
        String body = "{\"lockVersion\":" + lock + ",\"content\":" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(content) + "}";
        return session.apiWithToken("PUT", "/api/disclosures/" + draft + "/content", body, token);
    }

    @Test
    void theLoginFormNeedsItsTokenToo() {
        Browser stranger = portal.browser();
        stranger.get("/login");
        Browser.Response r = stranger.postWithoutToken("/login", form("username", Portal.ADMIN, "password", Portal.ADMIN_PASSWORD));
        assertThat(r.status()).isEqualTo(403);
        assertThat(stranger.get("/admin").status()).as("not signed in").isEqualTo(401);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndRenewedAtLogin() {
        Browser browser = portal.browser();
        assertThat(browser.get("/").headers().allValues("Set-Cookie")).as("the public gets no session").isEmpty();

        Browser.Response loginPage = browser.get("/login");
        String before = sessionCookie(loginPage);
        assertThat(before).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String idBefore = browser.sessionCookie().orElseThrow().getValue();

        String token = Html.parse(loginPage).selectFirst("input[name=_csrf]").attr("value");
        Browser.Response login = browser.postWithoutToken("/login", form("_csrf", token, "username", Portal.ADMIN,
                "password", Portal.ADMIN_PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        String after = sessionCookie(login);
        assertThat(after).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String idAfter = browser.sessionCookie().orElseThrow().getValue();
        assertThat(idAfter).as("login sets a new session id (no fixation)").isNotEqualTo(idBefore);
        assertThat(browser.get("/admin").status()).isEqualTo(200);
        assertThat(browser.refreshCsrf()).as("and a new CSRF token").isNotEqualTo(token);

        // the id from before the login grants nothing
        Browser attacker = portal.browser();
        assertThat(attacker.getWithHeader("/admin", "Cookie", "JSESSIONID=" + idBefore).status()).isEqualTo(401);
        assertThat(attacker.getWithHeader("/admin", "Cookie", "JSESSIONID=" + idAfter).status()).as("the real one does").isEqualTo(200);

        // after logout the session id is dead
        assertThat(browser.post("/logout", form()).status()).isEqualTo(302);
        assertThat(portal.browser().getWithHeader("/admin", "Cookie", "JSESSIONID=" + idAfter).status()).isEqualTo(401);
        assertThat(browser.get("/admin").status()).isEqualTo(401);
    }

    private static String sessionCookie(Browser.Response r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    }
}

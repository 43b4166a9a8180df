package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.SoftAssertions;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who may do what: every role × every action, through HTTP, with the status each must get. The
 * table below is the documentation (docs/portal.md carries the same table, and this test checks
 * that it does). A refused write must also leave the version exactly as it was.
 */
class RoleMatrixTest extends PortalTest {

    /**
     * {published}: a published version of department A; {draft}: a draft of department A;
     * {submitted}: a submitted draft of department A without error findings. 2xx/302 = allowed.
     */
    static final String MATRIX = """
            | action | request | anonymous | editor A | editor B | reviewer | admin |
            |---|---|---|---|---|---|---|
            | view a published version | `GET /d/{published}` | 200 | 200 | 200 | 200 | 200 |
            | view a draft | `GET /d/{draft}` | 404 | 200 | 403 | 200 | 200 |
            | open a draft in the workbench | `GET /desk/d/{draft}` | 401 | 200 | 403 | 200 | 200 |
            | draft's check report | `GET /d/{draft}/report` | 404 | 200 | 403 | 200 | 200 |
            | workbench | `GET /desk` | 401 | 200 | 200 | 200 | 200 |
            | create a draft (upload) | `POST /desk/upload` | 401 | 302 | 302 | 403 | 403 |
            | edit a draft | `POST /desk/d/{draft}/save` | 401 | 302 | 403 | 403 | 403 |
            | submit a draft | `POST /desk/d/{draft}/submit` | 401 | 302 | 403 | 403 | 403 |
            | return a submitted draft | `POST /desk/d/{submitted}/return` | 401 | 403 | 403 | 302 | 403 |
            | publish a submitted draft | `POST /desk/d/{submitted}/publish` | 401 | 403 | 403 | 302 | 403 |
            | correct a published version | `POST /desk/d/{published}/correct` | 401 | 302 | 403 | 403 | 403 |
            | copy to next year | `POST /desk/d/{published}/copy` | 401 | 302 | 403 | 403 | 403 |
            | delete a draft | `POST /desk/d/{draft}/delete` | 401 | 302 | 403 | 403 | 403 |
            | admin pages | `GET /admin` | 401 | 403 | 403 | 403 | 200 |
            | create a user | `POST /admin/users` | 401 | 403 | 403 | 403 | 302 |
            | create a department | `POST /admin/departments` | 401 | 403 | 403 | 403 | 302 |
            | upload a catalog | `POST /admin/catalogs` | 401 | 403 | 403 | 403 | 302 |
            | API: list | `GET /api/disclosures` | 200 | 200 | 200 | 200 | 200 |
            | API: get a published version | `GET /api/disclosures/{published}` | 200 | 200 | 200 | 200 | 200 |
            | API: get a draft | `GET /api/disclosures/{draft}` | 404 | 200 | 403 | 200 | 200 |
            | API: a draft's findings | `GET /api/disclosures/{draft}/findings` | 404 | 200 | 403 | 200 | 200 |
            | API: export a draft | `GET /api/disclosures/{draft}/export?format=json` | 404 | 200 | 403 | 200 | 200 |
            | API: create a draft | `POST /api/disclosures` | 401 | 201 | 201 | 403 | 403 |
            | API: replace a draft's content | `PUT /api/disclosures/{draft}/content` | 401 | 200 | 403 | 403 | 403 |
            | API: submit | `POST /api/disclosures/{draft}/submit` | 401 | 200 | 403 | 403 | 403 |
            | API: return | `POST /api/disclosures/{submitted}/return` | 401 | 403 | 403 | 200 | 403 |
            | API: publish | `POST /api/disclosures/{submitted}/publish` | 401 | 403 | 403 | 200 | 403 |
            """;

    enum Who {
        ANONYMOUS, EDITOR_A, EDITOR_B, REVIEWER, ADMIN
    }

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final Map<Who, Browser> browsers = new EnumMap<>(Who.class);
    private long departmentA;
    private Actor editorA;
    private Actor reviewer;

    @BeforeEach
    void people() {
        departmentA = portal.department("矩阵测试甲局");
        long departmentB = portal.department("矩阵测试乙局");
        portal.user("matrix-a", Role.EDITOR, departmentA);
        portal.user("matrix-b", Role.EDITOR, departmentB);
        portal.user("matrix-reviewer", Role.REVIEWER, null);
        editorA = portal.actor("matrix-a");
        reviewer = portal.actor("matrix-reviewer");
        browsers.put(Who.ANONYMOUS, portal.browser());
        browsers.put(Who.EDITOR_A, portal.login("matrix-a", Portal.password("matrix-a")));
        browsers.put(Who.EDITOR_B, portal.login("matrix-b", Portal.password("matrix-b")));
        browsers.put(Who.REVIEWER, portal.login("matrix-reviewer", Portal.password("matrix-reviewer")));
        browsers.put(Who.ADMIN, portal.admin());
    }

    /** One row of the table. */
    record Row(String action, String method, String path, Map<Who, Integer> expected) {

        boolean allowedFor(Who who) {
            return expected.get(who) < 400;
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 8 || cells[1].isBlank() || cells[1].strip().equals("action") || cells[1].startsWith("---")) {
                continue;
            }
            String[] request = cells[2].strip().replace("`", "").split(" ", 2);
            Map<Who, Integer> expected = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                expected.put(who, Integer.valueOf(cells[3 + who.ordinal()].strip()));
            }
            rows.add(new Row(cells[1].strip(), request[0], request[1], expected));
        }
        return rows;
    }

    @Test
    void everyRoleGetsTheStatusTheTableSays() {
        List<Row> rows = rows();
        assertThat(rows).hasSize(27);
        SoftAssertions soft = new SoftAssertions();
        Fixtures fixtures = new Fixtures();
        for (Row row : rows) {
            for (Who who : Who.values()) {
                long id = fixtures.idFor(row.path());
                DisclosureRecord before = id > 0 ? stored(id) : null;
                Browser.Response r = perform(browsers.get(who), row, id);
                soft.assertThat(r.status()).as("%s × %s (%s %s): %s", who, row.action(), row.method(), row.path(), r)
                        .isEqualTo(row.expected().get(who));
                if (row.writes() && !row.allowedFor(who) && before != null) {
                    DisclosureRecord after = stored(id);
                    soft.assertThat(after.lockVersion()).as("%s × %s refused: lock unchanged", who, row.action()).isEqualTo(before.lockVersion());
                    soft.assertThat(after.status()).as("%s × %s refused: status unchanged", who, row.action()).isEqualTo(before.status());
                    soft.assertThat(after.content()).as("%s × %s refused: content unchanged", who, row.action()).isEqualTo(before.content());
                }
                if (row.writes() && row.allowedFor(who) && r.status() < 400) {
                    fixtures.used(row.path());
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void theListShowsEachRoleOnlyWhatItMayRead() {
        long draft = draftOfA();
        long published = publishedOfA();
        for (Who who : Who.values()) {
            List<Long> ids = new ArrayList<>();
            browsers.get(who).get("/api/disclosures").json().forEach(n -> ids.add(n.get("id").asLong()));
            assertThat(ids).as("%s sees the published version", who).contains(published);
            boolean mayRead = who != Who.ANONYMOUS && who != Who.EDITOR_B;
            if (mayRead) {
                assertThat(ids).as("%s sees department A's draft", who).contains(draft);
            } else {
                assertThat(ids).as("%s does not see department A's draft", who).doesNotContain(draft);
            }
        }
        assertThat(browsers.get(Who.ANONYMOUS).get("/desk").status()).isEqualTo(401);
        assertThat(browsers.get(Who.EDITOR_B).get("/desk").body()).doesNotContain("/desk/d/" + draft + "\"");
        assertThat(browsers.get(Who.REVIEWER).get("/desk").body()).contains("/desk/d/" + draft + "\"");
    }

    private Browser.Response perform(Browser b, Row row, long id) {
        String path = row.path().replaceAll("\\{(published|draft|submitted)}", String.valueOf(id));
        String lock = id > 0 ? String.valueOf(stored(id).lockVersion()) : "0";
        int n = UNIQUE.incrementAndGet();
        return switch (row.method() + " " + row.path()) {
            case "POST /desk/upload" -> b.upload(path, "matrix.budget.json", Portal.budgetFile());
            case "POST /desk/d/{draft}/save" -> b.post(path, form("lock", lock, "content", edited(id), "note", "矩阵测试"));
            case "POST /desk/d/{submitted}/return" -> b.post(path, form("lock", lock, "comment", "请修改"));
            case "POST /desk/d/{published}/correct" -> b.post(path, form("reason", "矩阵测试更正"));
            case "POST /admin/users" -> b.post(path, form("username", "matrix-new-" + n, "displayName", "新用户",
                    "password", "new-pass-123", "role", "REVIEWER", "department", ""));
            case "POST /admin/departments" -> b.post(path, form("name", "矩阵新建部门" + n, "region", ""));
            case "POST /admin/catalogs" -> b.upload(path, "function.csv", catalogCsv(), form("year", "2031", "classification", "FUNCTION"));
            case "POST /api/disclosures" -> b.apiBytes(path + "?filename=matrix.budget.json", Portal.budgetFile());
            case "PUT /api/disclosures/{draft}/content" -> b.api("PUT", path, json("lockVersion", lock, "content", edited(id), "note", "API"));
            case "POST /api/disclosures/{submitted}/return" -> b.api("POST", path, json("lockVersion", lock, "comment", "请修改"));
            default -> switch (row.method()) {
                case "GET" -> path.startsWith("/api/") ? b.api("GET", path, null) : b.get(path);
                case "POST" -> path.startsWith("/api/") ? b.api("POST", path, json("lockVersion", lock))
                        : b.post(path, form("lock", lock));
                default -> throw new IllegalArgumentException(row.toString());
            };
        };
    }

    private static String edited(long id) {
        return stored(id).content().replace("负责昌吉市人民政府会议的准备工作", "负责会议的准备工作" + UNIQUE.incrementAndGet());
    }

    private static String json(String... nameValue) {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        for (int i = 0; i < nameValue.length; i += 2) {
            if (nameValue[i].equals("lockVersion")) {
                node.put(nameValue[i], Integer.parseInt(nameValue[i + 1]));
            } else {
                node.put(nameValue[i], nameValue[i + 1]);
            }
        }
        return node.toString();
    }

    static byte[] catalogCsv() {
        try (InputStream in = RoleMatrixTest.class.getResourceAsStream("/catalog/2026/function.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DisclosureRecord stored(long id) {
        return portal.db().disclosures().find(id).orElseThrow();
    }

    private long draftOfA() {
        return portal.services().workflow().createFromUpload(editorA, new Upload("a.budget.json", Portal.budgetFile()));
    }

    private long submittedOfA() {
        long id = draftOfA();
        portal.services().workflow().submit(editorA, id, stored(id).lockVersion());
        return id;
    }

    private long publishedOfA() {
        long id = submittedOfA();
        portal.services().workflow().publish(reviewer, id, stored(id).lockVersion());
        return id;
    }

    /** The versions the rows act on; a new one after an allowed write used one up. */
    private final class Fixtures {
        private long draft;
        private long submitted;
        private long published;

        long idFor(String path) {
            if (path.contains("{draft}")) {
                return draft = draft == 0 ? draftOfA() : draft;
            }
            if (path.contains("{submitted}")) {
                return submitted = submitted == 0 ? submittedOfA() : submitted;
            }
            if (path.contains("{published}")) {
                return published = published == 0 ? publishedOfA() : published;
            }
            return 0;
        }

        void used(String path) {
            if (path.contains("{draft}")) {
                draft = 0;
            } else if (path.contains("{submitted}")) {
                submitted = 0;
            }
        }
    }
}

package org.budgetdisclosure.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.Bootstrap;
import org.budgetdisclosure.portal.Passwords;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public's published pages and models come from stored bytes (see {@link PublishedResponses}):
 * they must still be correct HTTP (length, ETag and 304, gzip only when asked), change as soon as a
 * new version is published, and never be what a signed-in user is shown.
 */
class PublishedResponsesTest {

    private static Database db;
    private static Services services;
    private static PortalServer server;
    private static long sampleId;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        db = Database.open(Database.Config.inMemory("published-" + System.nanoTime()));
        services = Services.over(db, 4);
        Bootstrap.ensureAdmin(db, new Passwords(4), "adminpass1");
        sampleId = Bootstrap.ensureSample(db, services.workflow()).orElseThrow();
        server = PortalServer.create(services).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.close();
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void publicPageIsPlainHttpWithETagAndGzipOnRequest() throws Exception {
        HttpResponse<byte[]> plain = get("/d/" + sampleId);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Length")).hasValue(String.valueOf(plain.body().length));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(text(plain)).contains("部门收支总体情况表").contains("<meta name=\"csrf-token\" content=\"\">");
        String etag = plain.headers().firstValue("ETag").orElseThrow();

        assertThat(get("/d/" + sampleId, "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<byte[]> zipped = get("/d/" + sampleId, "Accept-Encoding", "gzip, deflate");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(get("/d/" + sampleId, "Accept-Encoding", "gzip;q=0, br").headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> model = get("/api/disclosures/" + sampleId);
        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(model.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(text(model).replaceAll("\\s", "")).contains("\"status\":\"published\"").contains("昌吉市人民政府办公室");
    }

    @Test
    void storedResponsesCarryTheSameHeadersFromEitherPath() throws Exception {
        get("/d/" + sampleId); // stored now: what follows is answered before Javalin
        for (String[] headers : new String[][] {{}, {"Cookie", "JSESSIONID=unknown"}}) {
            HttpResponse<byte[]> r = get("/d/" + sampleId, headers);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(r.headers().firstValue("Vary")).hasValue("Accept-Encoding");
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(text(r)).contains("部门收支总体情况表");
        }
        assertThat(get("/d/0" + sampleId).body()).isEqualTo(get("/d/" + sampleId).body());
        assertThat(get("/d/" + sampleId + "/report").headers().firstValue("ETag")).isEmpty();
        assertThat(get("/d/" + sampleId + "x").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyPublicGetPathsHaveKeys() {
        assertThat(PublishedResponses.keyOf("/")).isEqualTo("home");
        assertThat(PublishedResponses.keyOf("/d/007")).isEqualTo("page:7");
        assertThat(PublishedResponses.keyOf("/api/disclosures/12")).isEqualTo("model:12");
        for (String other : new String[] {"/d/", "/d/1/report", "/d/1/export/pdf", "/api/disclosures/1/findings",
                "/api/disclosures", "/d/-1", "/d/1234567890123456789", "/desk", "/search"}) {
            assertThat(PublishedResponses.keyOf(other)).as(other).isNull();
        }
    }

    @Test
    void aSignedInReaderGetsHisOwnRenderingAndDraftsStayPrivate() throws Exception {
        Actor admin = services.accounts().authenticate("admin", "adminpass1").orElseThrow();
        long dep = db.disclosures().find(sampleId).orElseThrow().departmentId();
        services.accounts().createUser(admin, "reader-editor", "编辑甲", "editorpass1", Role.EDITOR, dep);
        Actor editor = services.accounts().authenticate("reader-editor", "editorpass1").orElseThrow();
        long draft = services.workflow().createFromUpload(editor, new Upload("changji-gov-office-2026.budget.json",
                Files.readAllBytes(Path.of("examples", "changji-gov-office-2026.budget.json"))));
        get("/d/" + sampleId); // the shared bytes exist now
        String basic = "Basic " + Base64.getEncoder().encodeToString("reader-editor:editorpass1".getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> own = get("/d/" + sampleId, "Authorization", basic);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(text(own)).contains("编辑甲");
        assertThat(own.headers().firstValue("ETag")).isEmpty();

        assertThat(get("/d/" + draft).statusCode()).isIn(403, 404);
        assertThat(get("/api/disclosures/" + draft).statusCode()).isIn(403, 404);
        assertThat(get("/api/disclosures/" + draft, "Authorization", basic).statusCode()).isEqualTo(200);
        assertThat(get("/api/disclosures/" + draft).statusCode()).isIn(403, 404);
    }

    @Test
    void aNewPublicationShowsAtOnceOnTheOlderVersionsPage() throws Exception {
        HttpResponse<byte[]> before = get("/d/" + sampleId);
        assertThat(text(before)).doesNotContain("此版本已被更正");
        HttpResponse<byte[]> homeBefore = get("/");
        assertThat(homeBefore.headers().firstValue("ETag")).isPresent();

        Actor admin = services.accounts().authenticate("admin", "adminpass1").orElseThrow();
        long dep = db.disclosures().find(sampleId).orElseThrow().departmentId();
        services.accounts().createUser(admin, "pub-editor", "编辑乙", "editorpass1", Role.EDITOR, dep);
        services.accounts().createUser(admin, "pub-reviewer", "审核丙", "reviewpass1", Role.REVIEWER, null);
        Actor editor = services.accounts().authenticate("pub-editor", "editorpass1").orElseThrow();
        Actor reviewer = services.accounts().authenticate("pub-reviewer", "reviewpass1").orElseThrow();
        long v2 = services.workflow().createFromUpload(editor, new Upload("changji-gov-office-2026.budget.json",
                Files.readAllBytes(Path.of("examples", "changji-gov-office-2026.budget.json"))));
        services.workflow().submit(editor, v2, db.disclosures().find(v2).orElseThrow().lockVersion());
        services.workflow().publish(reviewer, v2, db.disclosures().find(v2).orElseThrow().lockVersion());

        HttpResponse<byte[]> after = get("/d/" + sampleId, "If-None-Match", before.headers().firstValue("ETag").orElseThrow());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(text(after)).contains("此版本已被更正").contains("/d/" + v2);
        assertThat(get("/d/" + v2).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> home = get("/", "If-None-Match", homeBefore.headers().firstValue("ETag").orElseThrow());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(text(home)).contains("href=\"/d/" + v2 + "\"");
    }
}

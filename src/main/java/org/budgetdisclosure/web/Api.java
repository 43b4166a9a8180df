package org.budgetdisclosure.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.check.report.JsonReport;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.CheckedDocument;
import org.budgetdisclosure.portal.Exports;
import org.budgetdisclosure.portal.PortalException;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.render.JsonRenderer;
import org.budgetdisclosure.store.DisclosureRecord;

/**
 * The JSON API, with the pages' permissions (the public reads published versions only). Described by
 * {@code /api/openapi.json}; errors are {@link Problem}s.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] OPENAPI = resource("/public/api/openapi.json");

    private final Services services;
    private final Sessions sessions;
    /** The model JSON of each version, by id and lock version (published versions never change). */
    private final Map<String, byte[]> modelCache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> e) {
            return size() > 64;
        }
    });

    private final PublishedResponses published;

    Api(Services services, Sessions sessions, PublishedResponses published) {
        this.services = services;
        this.sessions = sessions;
        this.published = published;
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI));
        r.get("/api/disclosures", this::list);
        r.post("/api/disclosures", this::create);
        r.get("/api/disclosures/{id}", this::get);
        r.get("/api/disclosures/{id}/findings", this::findings);
        r.get("/api/disclosures/{id}/export", this::export);
        r.put("/api/disclosures/{id}/content", this::putContent);
        r.post("/api/disclosures/{id}/submit", ctx -> transition(ctx, "submit"));
        r.post("/api/disclosures/{id}/return", ctx -> transition(ctx, "return"));
        r.post("/api/disclosures/{id}/publish", ctx -> transition(ctx, "publish"));
        r.post("/api/check", this::check);
    }

    private void list(Context ctx) {
        Actor a = sessions.actor(ctx);
        List<DisclosureRecord> rows = new ArrayList<>(services.workflow().published(ctx.queryParam("q")));
        rows.addAll(services.workflow().workList(a));
        List<Map<String, Object>> out = new ArrayList<>();
        for (DisclosureRecord r : rows) {
            out.add(summary(r));
        }
        ctx.json(out);
    }

    static Map<String, Object> summary(DisclosureRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("department", r.departmentName());
        m.put("year", r.year());
        m.put("kind", r.kind());
        m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("version", r.versionNo());
        m.put("lockVersion", r.lockVersion());
        m.put("title", r.title());
        m.put("errors", r.errorCount());
        m.put("warnings", r.warningCount());
        m.put("publishedAt", r.publishedAt() == null ? null : r.publishedAt().toString());
        m.put("updatedAt", r.updatedAt() == null ? null : r.updatedAt().toString());
        return m;
    }

    private void get(Context ctx) {
        long id = PublicPages.id(ctx);
        if (PublishedResponses.anonymous(ctx)) {
            published.serve(ctx, "model:" + id, () -> {
                DisclosureRecord r = services.workflow().get(sessions.actor(ctx), id);
                byte[] body = model(r);
                return r.status() == org.budgetdisclosure.store.Status.PUBLISHED
                        ? PublishedResponses.shareable("application/json; charset=utf-8", body)
                        : PublishedResponses.once("application/json; charset=utf-8", body);
            });
            return;
        }
        DisclosureRecord r = services.workflow().get(sessions.actor(ctx), id);
        ctx.contentType("application/json; charset=utf-8").result(model(r));
    }

    private byte[] model(DisclosureRecord r) {
        String key = r.id() + "@" + r.lockVersion() + "@" + r.status();
        byte[] body = modelCache.get(key);
        if (body == null) {
            Map<String, Object> m = summary(r);
            m.put("disclosure", services.workflow().checked(r).disclosure());
            body = JsonRenderer.toJson(m).getBytes(StandardCharsets.UTF_8);
            modelCache.put(key, body);
        }
        return body;
    }

    private void findings(Context ctx) {
        DisclosureRecord r = services.workflow().get(sessions.actor(ctx), PublicPages.id(ctx));
        CheckedDocument c = services.workflow().checked(r);
        ctx.json(JsonReport.of(c.disclosure().source(), c.findings()));
    }

    private void export(Context ctx) {
        DisclosureRecord r = services.workflow().get(sessions.actor(ctx), PublicPages.id(ctx));
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            throw new PortalException(PortalException.Kind.INVALID, "缺少参数 format（可选：" + String.join("、", Exports.formats()) + "）");
        }
        PublicPages.send(ctx, services.exports().export(r, format), !"html".equals(format));
    }

    /** Upload: multipart (field "file") or the raw body with ?filename=. */
    private void create(Context ctx) {
        Actor a = sessions.actor(ctx);
        if (!a.signedIn()) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "请先登录（会话或 HTTP Basic）");
        }
        Upload upload;
        String ct = ctx.contentType();
        if (ct != null && ct.startsWith("multipart/form-data")) {
            UploadedFile f = ctx.uploadedFile("file");
            if (f == null) {
                throw new PortalException(PortalException.Kind.INVALID, "缺少文件字段 file");
            }
            upload = new Upload(f.filename(), DeskPages.bytes(f));
        } else {
            upload = new Upload(ctx.queryParam("filename"), body(ctx));
        }
        long id = services.workflow().createFromUpload(a, upload);
        DisclosureRecord r = services.workflow().get(a, id);
        ctx.status(201).header("Location", "/api/disclosures/" + id).json(summary(r));
    }

    private void putContent(Context ctx) {
        Actor a = sessions.actor(ctx);
        JsonNode body = jsonBody(ctx);
        long id = PublicPages.id(ctx);
        services.workflow().edit(a, id, lockOf(body), text(body, "content"), text(body, "note"));
        ctx.json(summary(services.workflow().get(a, id)));
    }

    private void transition(Context ctx, String action) {
        Actor a = sessions.actor(ctx);
        JsonNode body = jsonBody(ctx);
        long id = PublicPages.id(ctx);
        int lock = lockOf(body);
        switch (action) {
            case "submit" -> services.workflow().submit(a, id, lock);
            case "return" -> services.workflow().returnDraft(a, id, lock, text(body, "comment"));
            case "publish" -> services.workflow().publish(a, id, lock);
            default -> throw new IllegalArgumentException(action);
        }
        ctx.json(summary(services.workflow().get(a, id)));
    }

    /** Checks content without storing it (the editor's live check). */
    private void check(Context ctx) {
        Actor a = sessions.actor(ctx);
        if (!a.signedIn()) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "请先登录");
        }
        String format = ctx.queryParam("format");
        DisclosureRecord.SourceFormat f = "budget-json".equals(format) ? DisclosureRecord.SourceFormat.BUDGET_JSON
                : DisclosureRecord.SourceFormat.TEXT;
        byte[] bytes = body(ctx);
        try {
            CheckedDocument c = services.workflow().documents().read("草稿", f, new String(bytes, StandardCharsets.UTF_8));
            ctx.json(JsonReport.of("草稿", c.findings()));
        } catch (UnreadableInputException e) {
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
    }

    private static byte[] body(Context ctx) {
        byte[] b = ctx.bodyAsBytes();
        if (b.length > Upload.MAX_BYTES) {
            throw new PortalException(PortalException.Kind.TOO_LARGE, "内容过大（上限 " + Upload.MAX_BYTES / 1024 / 1024 + " MB）");
        }
        return b;
    }

    private static JsonNode jsonBody(Context ctx) {
        byte[] b = body(ctx);
        if (b.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(b);
        } catch (IOException e) {
            throw new PortalException(PortalException.Kind.INVALID, "请求体不是有效的 JSON");
        }
    }

    private static int lockOf(JsonNode body) {
        JsonNode n = body.get("lockVersion");
        if (n == null || !n.canConvertToInt()) {
            throw new PortalException(PortalException.Kind.INVALID, "请求体须包含整数 lockVersion（乐观锁版本号，见 GET 的返回）");
        }
        return n.intValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static byte[] resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

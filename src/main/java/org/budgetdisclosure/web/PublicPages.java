package org.budgetdisclosure.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import org.budgetdisclosure.check.report.HtmlReport;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.CheckedDocument;
import org.budgetdisclosure.portal.Edition;
import org.budgetdisclosure.portal.Exports;
import org.budgetdisclosure.portal.Workflow;
import org.budgetdisclosure.portal.charts.Charts;
import org.budgetdisclosure.render.html.DisclosureHtml;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Status;

/** Pages anyone may read: home and search, a disclosure with its downloads and check report. */
final class PublicPages {

    private final Services services;
    private final Sessions sessions;
    private final Pages pages;
    private final PublishedResponses published;

    PublicPages(Services services, Sessions sessions, Pages pages, PublishedResponses published) {
        this.services = services;
        this.sessions = sessions;
        this.pages = pages;
        this.published = published;
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get("/", this::home);
        r.get("/search", this::search);
        r.get("/d/{id}", this::disclosure);
        r.get("/d/{id}/report", this::report);
        r.get("/d/{id}/export/{format}", this::export);
    }

    /** Home changes only with a publication, so the public's copy is kept like a published page. */
    private void home(Context ctx) {
        if (PublishedResponses.anonymous(ctx)) {
            published.serve(ctx, "home", () -> PublishedResponses.shareable("text/html; charset=utf-8",
                    Views.render("home.jte", homeParams(ctx))));
            return;
        }
        ctx.html(Views.render("home.jte", homeParams(ctx)));
    }

    private java.util.Map<String, Object> homeParams(Context ctx) {
        List<DisclosureRecord> all = services.workflow().published(null);
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("chrome", pages.chrome(ctx, "首页"));
        p.put("catalogue", Catalogue.of(all));
        p.put("recent", all.stream().limit(10).toList());
        p.put("query", "");
        p.put("results", null);
        return p;
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        List<DisclosureRecord> published = services.workflow().published(null);
        List<Workflow.SearchHit> results = q.isEmpty() ? null : services.workflow().search(q);
        pages.show(ctx, "home.jte", pages.chrome(ctx, q.isEmpty() ? "检索" : "检索：" + q), "catalogue",
                Catalogue.of(published), "recent", published.stream().limit(10).toList(), "query", q, "results", results);
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new org.budgetdisclosure.portal.PortalException(org.budgetdisclosure.portal.PortalException.Kind.NOT_FOUND,
                    "编号“" + ctx.pathParam("id") + "”无效");
        }
    }

    private void disclosure(Context ctx) {
        long id = id(ctx);
        if (PublishedResponses.anonymous(ctx)) {
            published.serve(ctx, "page:" + id, () -> {
                DisclosureRecord r = services.workflow().get(sessions.actor(ctx), id);
                String html = Views.render("disclosure.jte", java.util.Map.of("chrome", chrome(ctx, r), "view", view(r)));
                return r.status() == Status.PUBLISHED ? PublishedResponses.shareable("text/html; charset=utf-8", html)
                        : PublishedResponses.once("text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            });
            return;
        }
        DisclosureRecord r = services.workflow().get(sessions.actor(ctx), id);
        pages.show(ctx, "disclosure.jte", chrome(ctx, r), "view", view(r));
    }

    private Chrome chrome(Context ctx, DisclosureRecord r) {
        return pages.chrome(ctx, r.title(), DisclosureHtml.css());
    }

    private DisclosureView view(DisclosureRecord r) {
        CheckedDocument checked = services.workflow().checked(r);
        List<DisclosureRecord> history = r.status() == Status.PUBLISHED ? services.workflow().history(r) : List.of();
        List<Edition> otherYears = services.workflow().otherYears(r);
        return new DisclosureView(r, checked, DisclosureHtml.fragment(checked.disclosure()), history,
                Exports.formats(), ChartsView.of(Charts.of(checked.disclosure(), otherYears)), otherYears);
    }

    private void report(Context ctx) {
        DisclosureRecord r = services.workflow().get(sessions.actor(ctx), id(ctx));
        CheckedDocument checked = services.workflow().checked(r);
        ctx.html(HtmlReport.render(checked.disclosure(), checked.text().lines().toList(), checked.findings()));
    }

    private void export(Context ctx) {
        DisclosureRecord r = services.workflow().get(sessions.actor(ctx), id(ctx));
        Exports.File f = services.exports().export(r, ctx.pathParam("format"));
        send(ctx, f, !"html".equals(ctx.pathParam("format")));
    }

    static void send(Context ctx, Exports.File f, boolean attachment) {
        ctx.contentType(f.mediaType());
        String encoded = java.net.URLEncoder.encode(f.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        ctx.header("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"disclosure."
                + f.name().substring(f.name().lastIndexOf('.') + 1) + "\"; filename*=UTF-8''" + encoded);
        ctx.result(f.bytes());
    }
}

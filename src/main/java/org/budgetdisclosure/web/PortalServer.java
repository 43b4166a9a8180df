package org.budgetdisclosure.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.budgetdisclosure.portal.PortalException;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.StaleDraftException;
import org.budgetdisclosure.store.StoreException;

/**
 * The portal: public pages, the workbench of departments and the finance bureau, the admin pages and
 * the JSON API, over one set of {@link Services}. Only wiring: each page's work is in portal.
 */
public final class PortalServer {

    private final Javalin app;
    /** Where {@link #start} binds; read by the connector Javalin makes when it starts. */
    private final Bind bind;

    private static final class Bind {
        volatile String host;
        volatile int port;
    }

    private PortalServer(Javalin app, Bind bind) {
        this.bind = bind;
        this.app = app;
    }

    public static PortalServer create(Services services) {
        Sessions sessions = new Sessions(services.accounts());
        Pages pages = new Pages(sessions);
        PublishedResponses published = new PublishedResponses(
                () -> services.workflow().publications() + services.workflow().documents().generation());
        PublicPages publicPages = new PublicPages(services, sessions, pages, published);
        ComparePages compare = new ComparePages(services, sessions, pages);
        DeskPages desk = new DeskPages(services, sessions, pages);
        AdminPages admin = new AdminPages(services, sessions, pages);
        Api api = new Api(services, sessions, published);
        Bind bind = new Bind();
        Javalin app = Javalin.create(cfg -> {
            // A selector thread per core (Jetty's default is one per two cores): stored pages are written
            // on the selector threads themselves (PublishedFastPath), so they are the workers.
            cfg.jetty.addConnector((server, http) -> {
                int selectors = Runtime.getRuntime().availableProcessors();
                ServerConnector c = new ServerConnector(server, -1, selectors, new HttpConnectionFactory(http));
                c.setHost(bind.host);
                c.setPort(bind.port);
                return c;
            });
            cfg.startup.startupWatcherEnabled = false;
            cfg.startup.showJavalinBanner = false;
            cfg.http.maxRequestSize = Upload.MAX_BYTES + 256 * 1024L;
            cfg.jetty.multipartConfig.maxFileSize(Upload.MAX_BYTES, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(Upload.MAX_BYTES + 256 * 1024L, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(Upload.MAX_BYTES + 1, SizeUnit.BYTES);
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/static";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
                sf.headers = java.util.Map.of("Cache-Control", "public, max-age=86400");
            });
            cfg.jetty.modifyServletContextHandler(h -> {
                var cookie = h.getSessionHandler().getSessionCookieConfig();
                cookie.setHttpOnly(true);
                cookie.setAttribute("SameSite", "Lax");
                h.getSessionHandler().setMaxInactiveInterval(8 * 3600);
            });
            // The public's stored responses are answered at the top of Jetty, before the servlet
            // context, session and Javalin layers (Javalin puts its servlet context inside this wrapper).
            cfg.jetty.modifyServer(server -> server.setHandler(new PublishedFastPath(published)));
            var r = cfg.routes;
            r.before(ctx -> {
                SecurityHeaders.apply(ctx.path(), ctx::header);
                String m = ctx.method().name();
                if (m.equals("POST") || m.equals("PUT") || m.equals("DELETE") || m.equals("PATCH")) {
                    // every write but signing in needs a signed-in user: the public gets 401 at once
                    // (not a CSRF 403, and not the 404 that hides a draft from a reader)
                    if (!sessions.actor(ctx).signedIn() && !ctx.path().equals("/login")) {
                        throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "请先登录（网页登录或 HTTP Basic）");
                    }
                    sessions.verifyCsrf(ctx);
                }
            });
            publicPages.routes(r);
            compare.routes(r);
            desk.routes(r);
            admin.routes(r);
            api.routes(r);
            r.exception(PortalException.class, (e, ctx) -> problem(ctx, pages, e.kind().status(), e.kind().title(), e.getMessage()));
            r.exception(org.budgetdisclosure.store.ImmutableVersionException.class,
                    (e, ctx) -> problem(ctx, pages, 409, "公开版本不可修改", e.getMessage()));
            r.exception(StaleDraftException.class, (e, ctx) -> problem(ctx, pages, 409, "已被他人修改", e.getMessage()));
            r.exception(StoreException.class, (e, ctx) -> problem(ctx, pages, 503, "数据库不可用", e.getMessage()));
            r.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> problem(ctx, pages, e.getStatus(),
                    e.getStatus() == 413 ? "文件过大" : "请求有误", e.getStatus() == 413
                            ? "上传内容超过上限（" + Upload.MAX_BYTES / 1024 / 1024 + " MB）" : e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> {
                if (isTooLarge(e)) {
                    problem(ctx, pages, 413, "文件过大", "上传内容超过上限（" + Upload.MAX_BYTES / 1024 / 1024 + " MB）");
                    return;
                }
                System.err.println("bd serve: 内部错误 " + ctx.method() + " " + ctx.path() + "：" + e);
                e.printStackTrace();
                problem(ctx, pages, 500, "内部错误", "服务器内部错误，请稍后重试或联系管理员。");
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Endpoint " + ctx.method() + " " + ctx.path() + " not found")) {
                    problem(ctx, pages, 404, "未找到", "没有这个页面：" + ctx.path());
                }
            });
        });
        return new PortalServer(app, bind);
    }

    /**
     * Reads (and drops) what is left of a refused request's body, up to the upload limit. A refusal
     * can come before the body was needed (401 for the public, a CSRF header missing, a bad Basic
     * login); answering a half-sent request makes Jetty close the connection, and the client, still
     * sending, then sees a broken pipe instead of the answer.
     */
    private static void drain(Context ctx) {
        try {
            java.io.InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = Upload.MAX_BYTES + 256 * 1024L;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
                left -= n;
            }
        } catch (java.io.IOException | IllegalStateException e) {
            // nothing more to read, or already read: either way the answer can go
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Jetty says "max file size exceeded: 5242880" (wrapped in a 400 "bad multipart")
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("maxfilesize")) {
                return true;
            }
        }
        return false;
    }

    /** An error as JSON (`{title, status, type, details}`) for the API, as a page otherwise. */
    static void problem(Context ctx, Pages pages, int status, String title, String details) {
        if (!ctx.method().name().equals("GET")) {
            drain(ctx);
        }
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || accepts(ctx, "application/json")) {
            ctx.json(Problem.of(status, title, details));
            return;
        }
        pages.show(ctx, "error.jte", pages.chrome(ctx, title), "status", status, "message", details);
    }

    private static boolean accepts(Context ctx, String type) {
        String accept = ctx.header("Accept");
        return accept != null && accept.startsWith(type);
    }

    public PortalServer start(String host, int port) {
        bind.host = host;
        bind.port = port;
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}

package org.budgetdisclosure.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the public's GETs of already stored published responses (home, a disclosure page, a model)
 * at the top of Jetty (the server's own handler), before the servlet context, session and Javalin
 * layers, with a non-blocking write of the stored direct buffer. Everything else, and every request
 * with credentials or a session cookie, goes on to Javalin unchanged; so does the first request for a
 * page, which renders and stores it.
 *
 * <p>Measured (docs/benchmarks.md, issue 5): the Javalin path cost about 60 µs of CPU per 97 KB page,
 * most of it in thread hand-offs around a blocking write.
 */
final class PublishedFastPath extends Handler.Wrapper {

    private final PublishedResponses published;

    PublishedFastPath(PublishedResponses published) {
        this.published = published;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields in = request.getHeaders();
        if (!HttpMethod.GET.is(request.getMethod()) || in.contains(HttpHeader.AUTHORIZATION) || hasSessionCookie(in)) {
            return dispatch(request, response, callback);
        }
        String path = Request.getPathInContext(request);
        String key = PublishedResponses.keyOf(path);
        PublishedResponses.Body b = key == null ? null : published.peek(key);
        if (b == null) {
            return dispatch(request, response, callback);
        }
        HttpFields.Mutable out = response.getHeaders();
        SecurityHeaders.apply(path, out::put);
        if (b.notModified(in.get(HttpHeader.IF_NONE_MATCH))) {
            b.headers(null, out::put);
            response.setStatus(304);
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            return true;
        }
        String accept = in.get(HttpHeader.ACCEPT_ENCODING);
        b.headers(accept, out::put);
        ByteBuffer bytes = b.bytesFor(accept);
        response.setStatus(200);
        out.put(HttpHeader.CONTENT_TYPE, b.contentType());
        out.put(HttpHeader.CONTENT_LENGTH, Long.toString(bytes.remaining()));
        response.write(true, bytes, callback);
        return true;
    }

    /**
     * This handler never blocks, so Jetty may call it on the thread that saw the request arrive and
     * skip a hand-off to another thread for every stored page (the main cost left once a page is
     * stored). Whatever may block (the servlet, sessions, the database) is handed to the pool here.
     */
    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    /** Hands the request to the wrapped (blocking) servlet context on a pool thread. */
    private boolean dispatch(Request request, Response response, Callback callback) {
        getServer().getThreadPool().execute(() -> {
            try {
                if (!super.handle(request, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        });
        return true;
    }

    /** A session cookie may mean a signed-in reader (or a CSRF token on the page): Javalin decides. */
    private static boolean hasSessionCookie(HttpFields in) {
        for (HttpField f : in.getFields(HttpHeader.COOKIE)) {
            if (f.getValue().contains("JSESSIONID")) {
                return true;
            }
        }
        return false;
    }
}

package org.budgetdisclosure.web;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
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
            return super.handle(request, response, callback);
        }
        String path = Request.getPathInContext(request);
        String key = PublishedResponses.keyOf(path);
        PublishedResponses.Body b = key == null ? null : published.peek(key);
        if (b == null) {
            return super.handle(request, response, callback);
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

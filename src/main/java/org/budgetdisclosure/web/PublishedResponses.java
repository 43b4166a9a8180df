package org.budgetdisclosure.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;

/**
 * Ready-to-send bytes of what the public reads about a published version (its page, its model as
 * JSON). A published version never changes, so each response is rendered once, kept as plain and
 * gzip bytes with a strong ETag, and sent to every anonymous reader without a database query, a
 * template run or a compression per request. All of it is dropped when {@code generation} moves on:
 * a new publication changes the pages' version history, a catalog upload changes their findings.
 *
 * <p>Only requests without credentials and without a session come here (see {@link #anonymous});
 * anyone signed in, or holding a session whose pages carry a CSRF token, gets a fresh rendering.
 */
final class PublishedResponses {

    /** Bounds the memory: a page is about 100 KB plain and 15 KB gzip, a model about 200 KB plus 20 KB. */
    private static final int MAX_ENTRIES = 128;

    /** What a renderer produced; {@code shareable} when every anonymous reader may get these bytes. */
    record Rendered(String contentType, byte[] bytes, boolean shareable) {
    }

    @FunctionalInterface
    interface Renderer {
        Rendered render();
    }

    private record Body(String contentType, byte[] plain, byte[] gzip, String etag) {
    }

    private final LongSupplier generation;
    private final Map<String, Body> bodies = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Body> e) {
            return size() > MAX_ENTRIES;
        }
    });
    /** One render per key at a time: fifty readers arriving together do not render the page fifty times. */
    private final Object[] locks = new Object[64];
    private volatile long seen = Long.MIN_VALUE;

    PublishedResponses(LongSupplier generation) {
        this.generation = generation;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** A request that may share a response with every other reader: no credentials, no session. */
    static boolean anonymous(Context ctx) {
        return ctx.header("Authorization") == null && ctx.req().getSession(false) == null;
    }

    static Rendered shareable(String contentType, byte[] bytes) {
        return new Rendered(contentType, bytes, true);
    }

    static Rendered shareable(String contentType, String text) {
        return shareable(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    static Rendered once(String contentType, byte[] bytes) {
        return new Rendered(contentType, bytes, false);
    }

    /**
     * Answers with the stored response for {@code key}, or renders, stores and sends it. A renderer's
     * exception (not found, forbidden) propagates as usual and stores nothing.
     */
    void serve(Context ctx, String key, Renderer renderer) {
        Body b = stored(key);
        if (b == null) {
            synchronized (locks[Math.floorMod(key.hashCode(), locks.length)]) {
                b = stored(key);
                if (b == null) {
                    long before = generation.getAsLong();
                    Rendered r = renderer.render();
                    if (!r.shareable()) {
                        ctx.contentType(r.contentType()).result(r.bytes());
                        return;
                    }
                    b = new Body(r.contentType(), r.bytes(), gzip(r.bytes()), etag(r.bytes()));
                    // rendered while something changed: send it, but do not keep what may be stale
                    if (generation.getAsLong() == before) {
                        bodies.put(key, b);
                    }
                }
            }
        }
        send(ctx, b);
    }

    private Body stored(String key) {
        long now = generation.getAsLong();
        if (now != seen) {
            bodies.clear();
            seen = now;
        }
        return bodies.get(key);
    }

    /**
     * 304 when the reader has it, gzip when accepted, plain otherwise. Written in one piece with its
     * length, straight to the servlet response: Javalin would copy it through a fresh 32 KB buffer and
     * send it chunked.
     */
    private static void send(Context ctx, Body b) {
        HttpServletResponse res = ctx.res();
        res.setHeader("ETag", b.etag());
        res.setHeader("Vary", "Accept-Encoding");
        res.setHeader("Cache-Control", "no-cache"); // keep it, but ask again: a correction changes the page
        String match = ctx.header("If-None-Match");
        if (match != null && match.contains(b.etag())) {
            res.setStatus(304);
            return;
        }
        byte[] bytes = b.plain();
        if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            res.setHeader("Content-Encoding", "gzip");
            bytes = b.gzip();
        }
        res.setContentType(b.contentType());
        res.setContentLength(bytes.length);
        try {
            res.getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the reader went away
        }
    }

    /** "gzip" among the accepted encodings, unless refused with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            if (p[0].strip().equalsIgnoreCase("gzip")) {
                return p.length < 2 || !p[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] plain) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(plain);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

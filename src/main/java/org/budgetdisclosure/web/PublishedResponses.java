package org.budgetdisclosure.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.ee10.servlet.HttpOutput;

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

    /** The bytes in direct buffers: a socket write then copies nothing (a heap array is copied on every partial write). */
    record Body(String contentType, ByteBuffer plain, ByteBuffer gzip, String etag) {

        /** Whether the reader already has this body (a 304 will do). */
        boolean notModified(String ifNoneMatch) {
            return ifNoneMatch != null && ifNoneMatch.contains(etag);
        }

        /** The bytes to send (a fresh view, safe to consume) for the reader's Accept-Encoding. */
        ByteBuffer bytesFor(String acceptEncoding) {
            return (acceptsGzip(acceptEncoding) ? gzip : plain).duplicate();
        }

        /** The headers besides the body's type and length: the same from either path. */
        void headers(String acceptEncoding, java.util.function.BiConsumer<String, String> header) {
            header.accept("ETag", etag);
            header.accept("Vary", "Accept-Encoding");
            header.accept("Cache-Control", "no-cache"); // keep it, but ask again: a correction changes the page
            if (acceptEncoding != null && acceptsGzip(acceptEncoding)) {
                header.accept("Content-Encoding", "gzip");
            }
        }
    }

    /**
     * The key of a public GET path whose response may be stored ("/", "/d/{id}", "/api/disclosures/{id}"),
     * or null. The id is read as the routes read it, so "/d/01" and "/d/1" share a key.
     */
    static String keyOf(String path) {
        if ("/".equals(path)) {
            return "home";
        }
        if (path.startsWith("/d/")) {
            String id = number(path.substring(3));
            return id == null ? null : "page:" + id;
        }
        if (path.startsWith("/api/disclosures/")) {
            String id = number(path.substring(17));
            return id == null ? null : "model:" + id;
        }
        return null;
    }

    private static String number(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Long.toString(Long.parseLong(s));
    }

    /** The stored body for {@code key}, without rendering (null when there is none). */
    Body peek(String key) {
        return stored(key);
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
                    b = new Body(r.contentType(), direct(r.bytes()), direct(gzip(r.bytes())), etag(r.bytes()));
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
     * length, straight to Jetty's output: Javalin would copy it through a fresh 32 KB buffer and send
     * it chunked. (Once stored, {@link PublishedFastPath} answers before Javalin, the same way.)
     */
    private static void send(Context ctx, Body b) {
        HttpServletResponse res = ctx.res();
        String accept = ctx.header("Accept-Encoding");
        if (b.notModified(ctx.header("If-None-Match"))) {
            b.headers(null, res::setHeader);
            res.setStatus(304);
            return;
        }
        b.headers(accept, res::setHeader);
        ByteBuffer bytes = b.bytesFor(accept);
        res.setContentType(b.contentType());
        res.setContentLength(bytes.remaining());
        try {
            if (res.getOutputStream() instanceof HttpOutput out) {
                out.sendContent(bytes);
            } else {
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                res.getOutputStream().write(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the reader went away
        }
    }

    private static ByteBuffer direct(byte[] bytes) {
        return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip().asReadOnlyBuffer();
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

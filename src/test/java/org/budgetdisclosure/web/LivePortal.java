package org.budgetdisclosure.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.budgetdisclosure.portal.Bootstrap;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.Who;

/**
 * The real portal started in-process on a fresh in-memory H2 with the bundled sample imported, and
 * an HTTP client for it: what the public-page tests drive.
 */
final class LivePortal implements AutoCloseable {

    /** A response: status and body. */
    record Page(int status, String body) {
    }

    final Database db;
    final Services services;
    final PortalServer server;
    final long sampleId;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private LivePortal(Database db, Services services, PortalServer server, long sampleId) {
        this.db = db;
        this.services = services;
        this.server = server;
        this.sampleId = sampleId;
    }

    static LivePortal start(String name) {
        Database db = Database.open(Database.Config.inMemory(name + "-" + System.nanoTime()));
        Services services = Services.over(db, 4);
        long sample = Bootstrap.ensureSample(db, services.workflow()).orElseThrow();
        PortalServer server = PortalServer.create(services).start("127.0.0.1", 0);
        return new LivePortal(db, services, server, sample);
    }

    /** Imports a disclosure text as published (a new department, or the next version of its document). */
    long importPublished(String fileName, String text) {
        return services.workflow().importPublished(new Upload(fileName, text.getBytes(StandardCharsets.UTF_8)), Who.SYSTEM);
    }

    Page get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).header("Accept", "text/html").GET().build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}

package org.budgetdisclosure.web;

import java.util.function.BiConsumer;

/** The headers every portal response carries; in one place for Javalin's pages and {@link PublishedFastPath}. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(String path, BiConsumer<String, String> header) {
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "same-origin");
        // a document's HTML export may be shown in a frame (the preview); nothing else may
        if (!path.startsWith("/d/") || !path.endsWith("/export/html")) {
            header.accept("X-Frame-Options", "DENY");
        }
    }
}

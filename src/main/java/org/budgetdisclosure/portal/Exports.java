package org.budgetdisclosure.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.budgetdisclosure.render.Renderer;
import org.budgetdisclosure.render.Renderers;
import org.budgetdisclosure.store.DisclosureRecord;

/** A stored version in every output format, cached by id, lock version and format. */
public final class Exports {

    private static final int CACHE_SIZE = 64;

    /** The file to send. */
    public record File(String name, String mediaType, byte[] bytes) {
    }

    private final Documents documents;
    private final Map<String, File> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, File> e) {
            return size() > CACHE_SIZE;
        }
    });

    public Exports(Documents documents) {
        this.documents = documents;
    }

    public static java.util.List<String> formats() {
        return Renderers.all().stream().map(Renderer::format).toList();
    }

    public File export(DisclosureRecord r, String format) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        Renderer renderer = Renderers.byFormat(f).orElseThrow(() -> new PortalException(PortalException.Kind.INVALID,
                "不支持的格式“" + format + "”，可选：" + String.join("、", formats())));
        String key = r.id() + "@" + r.lockVersion() + "@" + r.status() + "@" + f;
        File hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.render(documents.of(r).disclosure(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = r.year() + "-" + r.departmentName() + "-" + r.kind() + (r.versionNo() == null ? "-草稿" : "-v" + r.versionNo());
        File file = new File(base + "." + renderer.extension(), mediaType(renderer.extension()), out.toByteArray());
        cache.put(key, file);
        return file;
    }

    static String mediaType(String extension) {
        return switch (extension) {
            case "json" -> "application/json; charset=utf-8";
            case "md", "txt" -> "text/plain; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/octet-stream";
        };
    }
}

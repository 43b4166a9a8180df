package org.budgetdisclosure.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.CatalogFileException;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.catalog.Classification;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.store.CatalogFiles.CatalogFile;
import org.budgetdisclosure.store.Database;

/**
 * The classification catalogs the portal checks with: an official file the admin uploaded for a
 * year replaces the built-in partial catalog's half it covers.
 */
public final class Catalogues implements Documents.CatalogSource {

    private final Database db;
    private final java.util.Map<Integer, Optional<Catalog>> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public Catalogues(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Catalog> forYear(int year) {
        return cache.computeIfAbsent(year, this::load);
    }

    private Optional<Catalog> load(int year) {
        Optional<Catalog> base = Catalogs.builtIn(year);
        List<CatalogFile> files = db.catalogFiles().all().stream().filter(f -> f.year() == year).toList();
        if (files.isEmpty()) {
            return base;
        }
        Catalog c = base.orElse(null);
        for (CatalogFile f : files) {
            Scheme scheme = Scheme.valueOf(f.classification().toUpperCase(java.util.Locale.ROOT));
            Classification cl = parse(f.fileName(), f.content().getBytes(StandardCharsets.UTF_8), scheme).value();
            if (c == null) {
                continue; // no built-in half to pair it with; uploads of both halves make one below
            }
            c = scheme == Scheme.FUNCTION ? c.withFunction(cl) : c.withEconomic(cl);
        }
        return Optional.ofNullable(c);
    }

    /**
     * Stores an uploaded official catalog after reading it completely; returns how many codes it has
     * and the reader's notes. Nothing is stored when the file cannot be read.
     */
    public Parsed<Integer> upload(Actor a, int year, Scheme scheme, Upload file) {
        Access.require(Access.canAdminister(a), a, "只有管理员可以上传科目目录");
        if (year < 2000 || year > 2100) {
            throw new PortalException(PortalException.Kind.INVALID, "年度“" + year + "”无效");
        }
        if (file.bytes().length == 0 || file.bytes().length > Upload.MAX_BYTES) {
            throw new PortalException(PortalException.Kind.INVALID, file.fileName() + "：文件为空或超过 5 MB");
        }
        Parsed<Classification> parsed = parse(file.fileName(), file.bytes(), scheme);
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        try {
            text = org.budgetdisclosure.ingest.text.TextDecoder.decode(file.fileName(), file.bytes()).text();
        } catch (org.budgetdisclosure.ingest.UnreadableInputException e) {
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
        db.catalogFiles().put(year, scheme.name().toLowerCase(java.util.Locale.ROOT), file.fileName(), text, a.userId());
        db.audit().record(a.userId(), a.username(), "upload-catalog", null, year + " " + scheme + " " + file.fileName());
        cache.remove(year);
        return new Parsed<>(parsed.value().entries().size(), parsed.diagnostics());
    }

    private static Parsed<Classification> parse(String name, byte[] bytes, Scheme scheme) {
        try {
            return Catalogs.readCsv(name, bytes, scheme);
        } catch (CatalogFileException e) {
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
    }
}

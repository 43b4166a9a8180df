package org.budgetdisclosure.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Official catalog CSV files uploaded by an admin, by year and classification (function / economic). */
public final class CatalogFiles {

    /** One uploaded catalog. */
    public record CatalogFile(int year, String classification, String fileName, String content) {
    }

    private final Jdbi jdbi;

    CatalogFiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<CatalogFile> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM catalog_file ORDER BY budget_year, classification")
                .map((rs, ctx) -> new CatalogFile(rs.getInt("budget_year"), rs.getString("classification"),
                        rs.getString("file_name"), rs.getString("content"))).list());
    }

    public Optional<CatalogFile> find(int year, String classification) {
        return all().stream().filter(f -> f.year() == year && f.classification().equals(classification)).findFirst();
    }

    public void put(int year, String classification, String fileName, String content, long userId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM catalog_file WHERE budget_year = :y AND classification = :c")
                    .bind("y", year).bind("c", classification).execute();
            h.createUpdate("""
                            INSERT INTO catalog_file (budget_year, classification, file_name, content, uploaded_by, uploaded_at)
                            VALUES (:y, :c, :f, :content, :u, :at)""")
                    .bind("y", year).bind("c", classification).bind("f", fileName).bind("content", content)
                    .bind("u", userId).bind("at", Rows.now()).execute();
        });
    }
}

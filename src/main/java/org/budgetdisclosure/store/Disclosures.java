package org.budgetdisclosure.store;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Drafts and published versions. Every write checks the row's status and lock version in its WHERE
 * clause, so a published version can never be changed and a concurrent edit is refused rather than
 * lost; each write and its audit entry commit together.
 */
public final class Disclosures {

    private static final String COLUMNS = """
            d.id, d.department_id, dep.name AS department_name, d.budget_year, d.kind, d.status, d.version_no,
            d.source_format, d.title, d.based_on_id, d.correction_reason, d.review_comment, d.error_count,
            d.warning_count, d.notice_count, d.lock_version, d.created_by, d.created_at, d.updated_by, d.updated_at,
            d.published_at""";
    private static final String FROM = " FROM disclosure d JOIN department dep ON dep.id = d.department_id ";

    private static RowMapper<DisclosureRecord> mapper(boolean withContent) {
        return (rs, ctx) -> new DisclosureRecord(rs.getLong("id"), rs.getLong("department_id"),
                rs.getString("department_name"), rs.getInt("budget_year"), rs.getString("kind"),
                Status.valueOf(rs.getString("status")), Rows.nullableInt(rs, "version_no"),
                DisclosureRecord.SourceFormat.ofCode(rs.getString("source_format")),
                withContent ? rs.getString("content") : null, rs.getString("title"),
                Rows.nullableLong(rs, "based_on_id"), rs.getString("correction_reason"), rs.getString("review_comment"),
                rs.getInt("error_count"), rs.getInt("warning_count"), rs.getInt("notice_count"), rs.getInt("lock_version"),
                Rows.nullableLong(rs, "created_by"), Rows.instant(rs, "created_at"), Rows.nullableLong(rs, "updated_by"),
                Rows.instant(rs, "updated_at"), Rows.instant(rs, "published_at"));
    }

    private final Jdbi jdbi;

    Disclosures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The version with its content. */
    public Optional<DisclosureRecord> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", d.content" + FROM + "WHERE d.id = :id")
                .bind("id", id).map(mapper(true)).findOne());
    }

    /** Versions without their content, newest first, filtered by what is not null. */
    public List<DisclosureRecord> list(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + "WHERE 1 = 1");
        if (f.status() != null) {
            sql.append(" AND d.status = :status");
        }
        if (f.departmentId() != null) {
            sql.append(" AND d.department_id = :dep");
        }
        if (f.year() != null) {
            sql.append(" AND d.budget_year = :year");
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND (LOWER(d.search_text) LIKE :q ESCAPE '" + Rows.LIKE_ESCAPE + "' OR LOWER(dep.name) LIKE :q ESCAPE '"
                    + Rows.LIKE_ESCAPE + "')");
        }
        sql.append(f.status() == Status.PUBLISHED ? " ORDER BY d.published_at DESC, d.id DESC" : " ORDER BY d.updated_at DESC, d.id DESC");
        sql.append(" LIMIT :limit");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bind("limit", f.limit());
            if (f.status() != null) {
                q.bind("status", f.status().name());
            }
            if (f.departmentId() != null) {
                q.bind("dep", f.departmentId());
            }
            if (f.year() != null) {
                q.bind("year", f.year());
            }
            if (f.text() != null && !f.text().isBlank()) {
                q.bind("q", Rows.containsPattern(f.text().strip().toLowerCase(java.util.Locale.ROOT)));
            }
            return q.map(mapper(false)).list();
        });
    }

    /** What to list. */
    public record Filter(Status status, Long departmentId, Integer year, String text, int limit) {

        public static Filter published() {
            return new Filter(Status.PUBLISHED, null, null, null, 500);
        }

        public Filter withText(String t) {
            return new Filter(status, departmentId, year, t, limit);
        }

        public Filter withDepartment(Long id) {
            return new Filter(status, id, year, text, limit);
        }

        public Filter withYear(Integer y) {
            return new Filter(status, departmentId, y, text, limit);
        }

        public Filter withStatus(Status s) {
            return new Filter(s, departmentId, year, text, limit);
        }
    }

    /** The published versions of one department's document for a year, newest version first. */
    public List<DisclosureRecord> history(long departmentId, int year, String kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + FROM + """
                        WHERE d.department_id = :dep AND d.budget_year = :y AND d.kind = :k AND d.status = 'PUBLISHED'
                        ORDER BY d.version_no DESC""")
                .bind("dep", departmentId).bind("y", year).bind("k", kind).map(mapper(false)).list());
    }

    /** Creates a draft; returns its id. */
    public long createDraft(NewVersion v, Who who) {
        return jdbi.inTransaction(h -> {
            long id = insert(h, v, Status.DRAFT, null, null, who);
            AuditLog.record(h, who.userId(), who.username(), "create", id,
                    v.basedOnId() == null ? "新建草稿" : "由 #" + v.basedOnId() + " 复制新建草稿"
                            + (v.correctionReason() == null ? "" : "（更正原因：" + v.correctionReason() + "）"));
            return id;
        });
    }

    /** Stores an already published version directly (first-start import of the sample). */
    public long importPublished(NewVersion v, Who who) {
        return jdbi.inTransaction(h -> {
            int version = nextVersionNo(h, v.departmentId(), v.year(), v.kind());
            long id = insert(h, v, Status.PUBLISHED, version, Rows.now(), who);
            AuditLog.record(h, who.userId(), who.username(), "import-published", id, "导入并公开第 " + version + " 版");
            return id;
        });
    }

    private static long insert(Handle h, NewVersion v, Status status, Integer versionNo, Timestamp publishedAt, Who who) {
        Timestamp now = Rows.now();
        return h.createUpdate("""
                        INSERT INTO disclosure (department_id, budget_year, kind, status, version_no, source_format, content,
                            title, based_on_id, correction_reason, error_count, warning_count, notice_count, search_text,
                            lock_version, created_by, created_at, updated_by, updated_at, published_at)
                        VALUES (:dep, :y, :k, :s, :v, :f, :content, :title, :based, :reason, :e, :w, :n, :search,
                            0, :uid, :now, :uid, :now, :pub)""")
                .bind("dep", v.departmentId()).bind("y", v.year()).bind("k", v.kind()).bind("s", status.name())
                .bind("v", versionNo).bind("f", v.sourceFormat().code()).bind("content", v.content())
                .bind("title", v.derived().title()).bind("based", v.basedOnId()).bind("reason", v.correctionReason())
                .bind("e", v.derived().errors()).bind("w", v.derived().warnings()).bind("n", v.derived().notices())
                .bind("search", v.derived().searchText()).bind("uid", who.userId()).bind("now", now).bind("pub", publishedAt)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static int nextVersionNo(Handle h, long departmentId, int year, String kind) {
        Integer max = h.createQuery("""
                        SELECT MAX(version_no) FROM disclosure
                        WHERE department_id = :dep AND budget_year = :y AND kind = :k AND status = 'PUBLISHED'""")
                .bind("dep", departmentId).bind("y", year).bind("k", kind).mapTo(Integer.class).findOne().orElse(null);
        return max == null ? 1 : max + 1;
    }

    /**
     * Replaces a draft's content. Refused when the draft is no longer editable or someone saved it
     * since {@code expectedLock} was read.
     */
    public void updateContent(long id, int expectedLock, String content, NewVersion.Derived derived, Who who, String note) {
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("""
                            UPDATE disclosure SET content = :content, title = :title, error_count = :e, warning_count = :w,
                                notice_count = :n, search_text = :search, lock_version = lock_version + 1,
                                updated_by = :uid, updated_at = :now
                            WHERE id = :id AND lock_version = :lock AND status IN ('DRAFT', 'RETURNED')""")
                    .bind("content", content).bind("title", derived.title()).bind("e", derived.errors())
                    .bind("w", derived.warnings()).bind("n", derived.notices()).bind("search", derived.searchText())
                    .bind("uid", who.userId()).bind("now", Rows.now()).bind("id", id).bind("lock", expectedLock).execute();
            refuseIfNothingChanged(h, n, id);
            AuditLog.record(h, who.userId(), who.username(), "edit", id, note);
        });
    }

    /**
     * Moves a version from one status to another (submit, return); the comment is the reviewer's.
     */
    public void transition(long id, int expectedLock, Status from, Status to, String comment, Who who, String action) {
        if (to == Status.PUBLISHED) {
            throw new IllegalArgumentException("use publish()");
        }
        jdbi.useTransaction(h -> {
            int n = h.createUpdate("""
                            UPDATE disclosure SET status = :to, review_comment = COALESCE(:comment, review_comment),
                                lock_version = lock_version + 1, updated_by = :uid, updated_at = :now
                            WHERE id = :id AND lock_version = :lock AND status = :from""")
                    .bind("to", to.name()).bind("comment", comment).bind("uid", who.userId()).bind("now", Rows.now())
                    .bind("id", id).bind("lock", expectedLock).bind("from", from.name()).execute();
            refuseIfNothingChanged(h, n, id);
            AuditLog.record(h, who.userId(), who.username(), action, id, comment == null ? to.chinese() : to.chinese() + "：" + comment);
        });
    }

    /** Publishes a submitted version as the next version number of its document; returns that number. */
    public int publish(long id, int expectedLock, Who who) {
        return jdbi.inTransaction(h -> {
            DisclosureRecord r = h.createQuery("SELECT " + COLUMNS + FROM + "WHERE d.id = :id").bind("id", id)
                    .map(mapper(false)).findOne().orElseThrow(() -> new StoreException("没有编号为 " + id + " 的公开文件"));
            int version = nextVersionNo(h, r.departmentId(), r.year(), r.kind());
            int n = h.createUpdate("""
                            UPDATE disclosure SET status = 'PUBLISHED', version_no = :v, published_at = :now,
                                lock_version = lock_version + 1, updated_by = :uid, updated_at = :now
                            WHERE id = :id AND lock_version = :lock AND status = 'SUBMITTED'""")
                    .bind("v", version).bind("now", Rows.now()).bind("uid", who.userId()).bind("id", id)
                    .bind("lock", expectedLock).execute();
            refuseIfNothingChanged(h, n, id);
            AuditLog.record(h, who.userId(), who.username(), "publish", id, "公开为第 " + version + " 版");
            return version;
        });
    }

    /** Deletes a draft that was never published (and its audit entries stay, pointing nowhere). */
    public void deleteDraft(long id, int expectedLock, Who who) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE audit_log SET disclosure_id = NULL, detail = detail || :note WHERE disclosure_id = :id")
                    .bind("note", "（草稿 #" + id + " 已删除）").bind("id", id).execute();
            int n = h.createUpdate("DELETE FROM disclosure WHERE id = :id AND lock_version = :lock AND status IN ('DRAFT', 'RETURNED')")
                    .bind("id", id).bind("lock", expectedLock).execute();
            refuseIfNothingChanged(h, n, id);
            AuditLog.record(h, who.userId(), who.username(), "delete", null, "删除草稿 #" + id);
        });
    }

    /** Zero rows changed: either a published/locked version or a stale lock; say which. */
    private static void refuseIfNothingChanged(Handle h, int updated, long id) {
        if (updated == 1) {
            return;
        }
        Optional<String> status = h.createQuery("SELECT status FROM disclosure WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
        if (status.isEmpty()) {
            throw new StoreException("没有编号为 " + id + " 的公开文件");
        }
        throw new StaleDraftException(id);
    }
}

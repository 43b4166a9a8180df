package org.budgetdisclosure.portal;

import java.util.List;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.store.AuditEntry;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.Department;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.DisclosureRecord.SourceFormat;
import org.budgetdisclosure.store.Disclosures;
import org.budgetdisclosure.store.NewVersion;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.Status;
import org.budgetdisclosure.store.Who;

/**
 * A department's disclosure from draft to published version: create (upload, copy last year's,
 * correct a published version), edit, submit, return or publish. Every action checks {@link Access}
 * first; every stored change is audited by the store in the same transaction.
 */
public final class Workflow {

    private final Database db;
    private final Documents documents;
    /** Moves on whenever a version is published, so pages that list versions know to rebuild. */
    private final java.util.concurrent.atomic.AtomicLong publications = new java.util.concurrent.atomic.AtomicLong();

    public Workflow(Database db, Documents documents) {
        this.db = db;
        this.documents = documents;
    }

    public long publications() {
        return publications.get();
    }

    public Documents documents() {
        return documents;
    }

    /** A version the actor may read, with its content. */
    public DisclosureRecord get(Actor a, long id) {
        DisclosureRecord r = db.disclosures().find(id).orElseThrow(() -> PortalException.notFound(id));
        Access.requireRead(a, r);
        return r;
    }

    public CheckedDocument checked(DisclosureRecord r) {
        return documents.of(r);
    }

    /** Published versions, newest first, optionally matching a search text. */
    public List<DisclosureRecord> published(String query) {
        return db.disclosures().list(Disclosures.Filter.published().withText(query));
    }

    /** How many hits of a search get the places they matched (each needs its document read). */
    static final int HITS_WITH_MATCHES = 20;
    static final int MATCHES_PER_HIT = 3;

    /**
     * A published version found by a search, with where the query occurs in it.
     *
     * @param matches the first places it occurs (empty past the first {@value #HITS_WITH_MATCHES} hits)
     */
    public record SearchHit(DisclosureRecord record, List<SearchText.Match> matches) {
    }

    /** Published versions matching a search text, newest first, each with the places it matched. */
    public List<SearchHit> search(String query) {
        List<DisclosureRecord> found = published(query);
        List<SearchHit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            DisclosureRecord r = found.get(i);
            List<SearchText.Match> matches = List.of();
            if (i < HITS_WITH_MATCHES) {
                matches = db.disclosures().find(r.id())
                        .map(full -> SearchText.matches(documents.of(full).disclosure(), query, MATCHES_PER_HIT))
                        .orElse(List.of());
                if (matches.isEmpty()) { // found by the department's current name, which the document may not print
                    matches = SearchText.match("部门名称", r.departmentName(), query.strip().toLowerCase(java.util.Locale.ROOT))
                            .map(List::of).orElse(List.of());
                }
            }
            hits.add(new SearchHit(r, matches));
        }
        return hits;
    }

    /**
     * The department's published documents of other years (the same kind, the latest version of each
     * year), read: what the charts of years other than {@code r}'s need.
     */
    public List<Edition> otherYears(DisclosureRecord r) {
        java.util.Map<Integer, DisclosureRecord> latest = new java.util.TreeMap<>();
        for (DisclosureRecord p : db.disclosures().list(Disclosures.Filter.published().withDepartment(r.departmentId()))) {
            if (p.year() != r.year() && p.kind().equals(r.kind())) {
                latest.merge(p.year(), p, (x, y) -> x.versionNo() >= y.versionNo() ? x : y);
            }
        }
        List<Edition> out = new java.util.ArrayList<>();
        for (DisclosureRecord p : latest.values()) {
            db.disclosures().find(p.id()).ifPresent(full ->
                    out.add(new Edition(full.id(), full.year(), full.versionNo(), documents.of(full).disclosure())));
        }
        return out;
    }

    /** The drafts (not yet published versions) the actor works on or reviews. */
    public List<DisclosureRecord> workList(Actor a) {
        if (!a.signedIn()) {
            return List.of();
        }
        Disclosures.Filter all = new Disclosures.Filter(null, null, null, null, 500);
        List<DisclosureRecord> rows;
        if (a.is(Role.EDITOR)) {
            rows = db.disclosures().list(all.withDepartment(a.departmentId()));
        } else {
            rows = db.disclosures().list(all);
        }
        return rows.stream().filter(r -> r.status() != Status.PUBLISHED).toList();
    }

    /** The published versions of the same document (department, year, kind), newest first. */
    public List<DisclosureRecord> history(DisclosureRecord r) {
        return db.disclosures().history(r.departmentId(), r.year(), r.kind());
    }

    public List<AuditEntry> audit(Actor a, long id) {
        DisclosureRecord r = get(a, id);
        if (!a.signedIn()) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "请先登录：查看操作记录");
        }
        return db.audit().forDisclosure(r.id());
    }

    /** A new draft for the editor's department from an uploaded budget file or disclosure text. */
    public long createFromUpload(Actor a, Upload upload) {
        Access.require(a.is(Role.EDITOR) && a.departmentId() != null, a, "只有部门编辑可以新建草稿");
        Upload.Content content = upload.content();
        CheckedDocument doc = readOrRefuse(upload.fileName(), content.format(), content.text());
        Disclosure d = doc.disclosure();
        Integer year = d.header().year();
        if (year == null || year < 2000 || year > 2100) {
            // a budget file without its year reads as year 0 (with a BUDGET-FIELD error): no draft to file
            throw new PortalException(PortalException.Kind.INVALID, upload.fileName() + "：无法识别预算年度"
                    + doc.findings().stream().filter(f -> f.severity() == org.budgetdisclosure.check.Severity.ERROR
                            && f.rule().startsWith("BUDGET-")).findFirst()
                    .map(f -> "（" + f.at().prefix() + " " + f.message() + "）").orElse(""));
        }
        Department own = db.departments().find(a.departmentId()).orElseThrow();
        NewVersion v = new NewVersion(own.id(), d.header().year(), kind(d), content.format(), content.text(), null,
                null, null, Documents.derive(doc));
        return db.disclosures().createDraft(v, a.who());
    }

    /** A published version stored as is (first-start import); the department is created if new. */
    public long importPublished(Upload upload, Who who) {
        Upload.Content content = upload.content();
        CheckedDocument doc = readOrRefuse(upload.fileName(), content.format(), content.text());
        Disclosure d = doc.disclosure();
        String name = d.header().department();
        if (name == null || name.isBlank() || d.header().year() == null) {
            throw new PortalException(PortalException.Kind.INVALID, upload.fileName() + "：无法识别部门名称或预算年度");
        }
        Department dep = db.departments().obtain(name.strip());
        NewVersion v = new NewVersion(dep.id(), d.header().year(), kind(d), content.format(), content.text(), null,
                null, null, Documents.derive(doc));
        long id = db.disclosures().importPublished(v, who);
        publications.incrementAndGet();
        return id;
    }

    /** A draft for the next year, starting from a version of this year (a budget file gets its year moved on). */
    public long copyForNextYear(Actor a, long fromId) {
        DisclosureRecord from = get(a, fromId);
        Access.require(a.is(Role.EDITOR) && Access.canCreateFor(a, from.departmentId()), a, "只能复制本部门的公开文件");
        String content = from.sourceFormat() == SourceFormat.BUDGET_JSON
                ? BudgetText.withYear(from.content(), from.year() + 1) : from.content();
        CheckedDocument doc = readOrRefuse(Documents.sourceName(from), from.sourceFormat(), content);
        NewVersion v = new NewVersion(from.departmentId(), from.year() + 1, from.kind(), from.sourceFormat(), content,
                null, from.id(), null, Documents.derive(doc));
        return db.disclosures().createDraft(v, a.who());
    }

    /** A correction of a published version: a new draft of the same document, with the reason. */
    public long startCorrection(Actor a, long publishedId, String reason) {
        DisclosureRecord from = get(a, publishedId);
        Access.require(Access.canCorrect(a, from), a, "只能更正本部门已公开的文件");
        if (reason == null || reason.isBlank()) {
            throw new PortalException(PortalException.Kind.INVALID, "请填写更正原因");
        }
        CheckedDocument doc = documents.of(from);
        NewVersion v = new NewVersion(from.departmentId(), from.year(), from.kind(), from.sourceFormat(), from.content(),
                null, from.id(), reason.strip(), Documents.derive(doc));
        return db.disclosures().createDraft(v, a.who());
    }

    /**
     * Saves new content for a draft. Refused, with nothing saved, when the content is unreadable, the
     * draft is not editable by the actor, or someone saved it after {@code expectedLock} was read.
     */
    public CheckedDocument edit(Actor a, long id, int expectedLock, String content, String note) {
        DisclosureRecord r = get(a, id);
        Access.require(Access.canEdit(a, r), a, "只能编辑本部门未提交的草稿");
        if (content == null || content.isBlank()) {
            throw new PortalException(PortalException.Kind.INVALID, "内容不能为空");
        }
        if (content.length() > Upload.MAX_BYTES) {
            throw new PortalException(PortalException.Kind.TOO_LARGE, "内容过长（上限 " + Upload.MAX_BYTES / 1024 / 1024 + " MB）");
        }
        CheckedDocument doc = readOrRefuse(Documents.sourceName(r), r.sourceFormat(), content);
        String what = (note == null || note.isBlank() ? "保存修改" : note.strip()) + "（" + LineDiff.summary(r.content(), content)
                + "；错误 " + r.errorCount() + " → " + doc.errors() + "）";
        db.disclosures().updateContent(id, expectedLock, content, Documents.derive(doc), a.who(), what);
        return doc;
    }

    public void submit(Actor a, long id, int expectedLock) {
        DisclosureRecord r = get(a, id);
        Access.require(Access.canSubmit(a, r), a, "只能提交本部门的草稿");
        db.disclosures().transition(id, expectedLock, r.status(), Status.SUBMITTED, null, a.who(), "submit");
    }

    public void returnDraft(Actor a, long id, int expectedLock, String comment) {
        DisclosureRecord r = get(a, id);
        Access.require(Access.canReview(a, r), a, "只有财政审核人员可以退回已提交的草稿");
        if (comment == null || comment.isBlank()) {
            throw new PortalException(PortalException.Kind.INVALID, "退回时请填写意见");
        }
        db.disclosures().transition(id, expectedLock, Status.SUBMITTED, Status.RETURNED, comment.strip(), a.who(), "return");
    }

    /** Publishes a submitted draft; refused while the checker finds errors in it. */
    public int publish(Actor a, long id, int expectedLock) {
        DisclosureRecord r = get(a, id);
        Access.require(Access.canReview(a, r), a, "只有财政审核人员可以公开已提交的草稿");
        long errors = documents.of(r).errors();
        if (errors > 0) {
            throw new PortalException(PortalException.Kind.CONFLICT, "检查发现 " + errors + " 个错误，不能公开；请退回修改");
        }
        int version = db.disclosures().publish(id, expectedLock, a.who());
        publications.incrementAndGet();
        return version;
    }

    public void delete(Actor a, long id, int expectedLock) {
        DisclosureRecord r = get(a, id);
        Access.require(Access.canEdit(a, r), a, "只能删除本部门未提交的草稿");
        db.disclosures().deleteDraft(id, expectedLock, a.who());
    }

    private CheckedDocument readOrRefuse(String source, SourceFormat format, String content) {
        try {
            return documents.read(source, format, content);
        } catch (UnreadableInputException e) {
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
    }

    private static String kind(Disclosure d) {
        DocumentKind k = d.header().kind();
        return (k == null ? DocumentKind.DEPARTMENT_BUDGET : k).chinese();
    }
}

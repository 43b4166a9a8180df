package org.budgetdisclosure.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's guarantees, on H2: published versions never change, stale locks are refused, numbering. */
class DisclosuresTest {

    private Database db;
    private long department;

    @BeforeEach
    void open() {
        db = Database.open(Database.Config.inMemory("disclosures-" + System.nanoTime()));
        department = db.departments().create("测试部门", "");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private NewVersion version(String content) {
        return new NewVersion(department, 2026, "部门预算", DisclosureRecord.SourceFormat.TEXT, content, null, null, null,
                new NewVersion.Derived("测试部门2026年部门预算公开", 0, 0, 0, content.toLowerCase()));
    }

    @Test
    void aPublishedVersionCannotBeEditedOrMovedBack() {
        long id = db.disclosures().importPublished(version("原文"), Who.SYSTEM);
        DisclosureRecord r = db.disclosures().find(id).orElseThrow();
        assertThat(r.status()).isEqualTo(Status.PUBLISHED);
        assertThat(r.versionNo()).isEqualTo(1);
        assertThatThrownBy(() -> db.disclosures().updateContent(id, r.lockVersion(), "改过", version("改过").derived(), Who.SYSTEM, ""))
                .isInstanceOf(ImmutableVersionException.class);
        assertThatThrownBy(() -> db.disclosures().transition(id, r.lockVersion(), Status.SUBMITTED, Status.RETURNED, "x", Who.SYSTEM, "return"))
                .isInstanceOf(ImmutableVersionException.class);
        assertThatThrownBy(() -> db.disclosures().deleteDraft(id, r.lockVersion(), Who.SYSTEM))
                .isInstanceOf(ImmutableVersionException.class);
        assertThat(db.disclosures().find(id).orElseThrow().content()).isEqualTo("原文");
    }

    @Test
    void aStaleLockIsRefusedAndTheFirstSaveKept() {
        long id = db.disclosures().createDraft(version("v0"), Who.SYSTEM);
        int lock = db.disclosures().find(id).orElseThrow().lockVersion();
        db.disclosures().updateContent(id, lock, "first", version("first").derived(), Who.SYSTEM, "");
        assertThatThrownBy(() -> db.disclosures().updateContent(id, lock, "second", version("second").derived(), Who.SYSTEM, ""))
                .isInstanceOf(StaleDraftException.class)
                .hasMessageContaining("已被他人修改");
        assertThat(db.disclosures().find(id).orElseThrow().content()).isEqualTo("first");
    }

    @Test
    void publishingNumbersVersionsOfOneDocument() {
        db.disclosures().importPublished(version("v1"), Who.SYSTEM);
        long draft = db.disclosures().createDraft(version("v2"), Who.SYSTEM);
        int lock = db.disclosures().find(draft).orElseThrow().lockVersion();
        db.disclosures().transition(draft, lock, Status.DRAFT, Status.SUBMITTED, null, Who.SYSTEM, "submit");
        int version = db.disclosures().publish(draft, lock + 1, Who.SYSTEM);
        assertThat(version).isEqualTo(2);
        assertThat(db.disclosures().history(department, 2026, "部门预算")).extracting(DisclosureRecord::versionNo)
                .containsExactly(2, 1);
        assertThat(db.audit().forDisclosure(draft)).extracting(AuditEntry::action)
                .containsExactly("create", "submit", "publish");
    }

    @Test
    void searchMatchesLiterallyNotAsAPattern() {
        db.disclosures().importPublished(version("包含 100% 的文字"), Who.SYSTEM);
        assertThat(db.disclosures().list(Disclosures.Filter.published().withText("100%"))).hasSize(1);
        assertThat(db.disclosures().list(Disclosures.Filter.published().withText("_"))).isEmpty();
        assertThat(db.disclosures().list(Disclosures.Filter.published().withText("' OR 1=1 --"))).isEmpty();
    }
}

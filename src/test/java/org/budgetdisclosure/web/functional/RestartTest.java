package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.portal.Bootstrap;
import org.budgetdisclosure.portal.Passwords;
import org.budgetdisclosure.store.AuditEntry;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Disclosures;
import org.budgetdisclosure.store.Status;
import org.budgetdisclosure.store.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stopping the server and starting it again on the same database (an H2 file, or the same
 * PostgreSQL database) keeps everything; the first-start work (admin, sample) happens once.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.budgetdisclosure.web.functional.Backend#all")
class RestartTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dataDir;

    @BeforeEach
    void requireBackend() {
        backend.assumeAvailable();
    }

    @Test
    void everythingIsKeptAndTheFirstStartWorkIsDoneOnce() {
        Database.Config config = backend.persistent("RestartTest", dataDir);
        try {
            Portal first = Portal.on(backend, config);
            long sample;
            long draft;
            long departmentCount;
            User admin;
            String draftContent;
            int auditSize;
            try {
                assertThat(first.importedSample()).as("the first start imports the sample").isPresent();
                sample = first.importedSample().orElseThrow();
                admin = first.db().users().byUsername(Portal.ADMIN).orElseThrow();

                // some work through the pages: a department, an editor, a draft with an edit
                Browser adminBrowser = first.admin();
                adminBrowser.post("/admin/departments", form("name", "重启测试局", "region", ""));
                long dep = Html.departmentId(adminBrowser.get("/admin"), "重启测试局");
                assertThat(adminBrowser.post("/admin/users", form("username", "restart-editor", "displayName", "重启编辑",
                        "password", "restart-pass", "role", "EDITOR", "department", String.valueOf(dep))).status()).isEqualTo(302);
                Browser editor = first.login("restart-editor", "restart-pass");
                draft = Html.idFromLocation(editor.upload("/desk/upload", "r.budget.json", Portal.budgetFile()));
                Browser.Response page = editor.get("/desk/d/" + draft);
                draftContent = Html.editorContent(page).replace("负责昌吉市人民政府会议的准备工作", "重启前保存的修改");
                assertThat(editor.post("/desk/d/" + draft + "/save", form("lock", String.valueOf(Html.lock(page)),
                        "content", draftContent, "note", "重启前")).status()).isEqualTo(302);
                departmentCount = first.db().departments().all().size();
                auditSize = first.db().audit().recent(1000).size();
            } finally {
                first.stop();
            }

            Portal second = Portal.on(backend, config);
            try {
                assertThat(second.importedSample()).as("the sample is imported only once").isEmpty();
                assertThat(Bootstrap.ensureSample(second.db(), second.services().workflow())).isEmpty();
                assertThat(Bootstrap.ensureAdmin(second.db(), new Passwords(Portal.BCRYPT), null))
                        .as("no new admin, no new one-time password").isEmpty();
                List<DisclosureRecord> published = second.db().disclosures().list(Disclosures.Filter.published());
                assertThat(published).as("exactly one published sample").hasSize(1);
                assertThat(published.get(0).id()).isEqualTo(sample);

                User adminAgain = second.db().users().byUsername(Portal.ADMIN).orElseThrow();
                assertThat(adminAgain.id()).isEqualTo(admin.id());
                assertThat(adminAgain.passwordHash()).as("the admin is not recreated").isEqualTo(admin.passwordHash());
                assertThat(second.db().users().all()).extracting(User::username).containsOnlyOnce(Portal.ADMIN);

                assertThat(second.db().departments().all()).hasSize((int) departmentCount);
                DisclosureRecord kept = second.db().disclosures().find(draft).orElseThrow();
                assertThat(kept.content()).isEqualTo(draftContent);
                assertThat(kept.status()).isEqualTo(Status.DRAFT);
                assertThat(second.db().audit().forDisclosure(draft)).extracting(AuditEntry::action).containsExactly("create", "edit");
                assertThat(second.db().audit().recent(1000)).hasSize(auditSize);

                // the same people sign in again (sessions do not survive, accounts do) and go on
                Browser editor = second.login("restart-editor", "restart-pass");
                Browser.Response page = editor.get("/desk/d/" + draft);
                assertThat(Html.editorContent(page)).isEqualTo(draftContent);
                assertThat(editor.post("/desk/d/" + draft + "/submit", form("lock", String.valueOf(Html.lock(page)))).status())
                        .isEqualTo(302);
                assertThat(second.admin().get("/admin").body()).contains("restart-editor", "重启测试局");
                assertThat(second.browser().get("/d/" + sample).status()).isEqualTo(200);
            } finally {
                second.stop();
            }

            // and once more: still one sample, the submitted draft still submitted
            Portal third = Portal.on(backend, config);
            try {
                assertThat(third.importedSample()).isEmpty();
                assertThat(third.db().disclosures().list(Disclosures.Filter.published())).hasSize(1);
                assertThat(third.db().disclosures().find(draft).orElseThrow().status()).isEqualTo(Status.SUBMITTED);
            } finally {
                third.stop();
            }
        } finally {
            backend.drop(config);
        }
    }
}

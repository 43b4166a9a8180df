package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.web.functional.Browser.form;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.AuditEntry;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two people editing one draft never lose an update: whoever saves second with the lock version
 * they loaded is refused with "已被他人修改", and what they typed is not stored.
 */
class ConcurrentEditTest extends PortalTest {

    private static final String LINE = "负责昌吉市人民政府会议的准备工作";

    private long department;

    @BeforeEach
    void editors() {
        department = portal.department("并发测试局");
        portal.user("conc-1", Role.EDITOR, department);
        portal.user("conc-2", Role.EDITOR, department);
    }

    private long newDraft() {
        return portal.services().workflow().createFromUpload(portal.actor("conc-1"), new Upload("c.budget.json", Portal.budgetFile()));
    }

    private static DisclosureRecord stored(long id) {
        return portal.db().disclosures().find(id).orElseThrow();
    }

    @Test
    void theFirstSaveWinsTheSecondIsRefusedAndNotStored() {
        long id = newDraft();
        Browser first = portal.login("conc-1", Portal.password("conc-1"));
        Browser second = portal.login("conc-2", Portal.password("conc-2"));
        Browser.Response page1 = first.get("/desk/d/" + id);
        Browser.Response page2 = second.get("/desk/d/" + id);
        int lock = Html.lock(page1);
        assertThat(Html.lock(page2)).isEqualTo(lock);
        String mine = Html.editorContent(page1).replace(LINE, "第一位编辑的修改");
        String theirs = Html.editorContent(page2).replace(LINE, "第二位编辑的修改");

        Browser.Response saved = first.post("/desk/d/" + id + "/save", form("lock", String.valueOf(lock), "content", mine, "note", "一"));
        assertThat(saved.status()).isEqualTo(302);
        Browser.Response refused = second.post("/desk/d/" + id + "/save", form("lock", String.valueOf(lock), "content", theirs, "note", "二"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("已被他人修改", "您的修改未保存");

        DisclosureRecord after = stored(id);
        assertThat(after.content()).isEqualTo(mine).doesNotContain("第二位编辑的修改");
        assertThat(after.lockVersion()).isEqualTo(lock + 1);
        assertThat(portal.db().audit().forDisclosure(id)).extracting(AuditEntry::detail)
                .anyMatch(d -> d.startsWith("一")).noneMatch(d -> d.startsWith("二"));

        // reloading gives the new lock, and then the second editor's save goes through
        Browser.Response reloaded = second.get("/desk/d/" + id);
        assertThat(Html.editorContent(reloaded)).isEqualTo(mine);
        assertThat(second.post("/desk/d/" + id + "/save", form("lock", String.valueOf(Html.lock(reloaded)),
                "content", mine.replace("第一位编辑的修改", "两位编辑的修改"), "note", "二")).status()).isEqualTo(302);
        assertThat(stored(id).content()).contains("两位编辑的修改");
    }

    @Test
    void theApiRefusesAStaleLockWithTheSameProblem() {
        long id = newDraft();
        Browser a = portal.login("conc-1", Portal.password("conc-1"));
        Browser b = portal.browser().basic("conc-2", Portal.password("conc-2"));
        int lock = a.api("GET", "/api/disclosures/" + id, null).json().get("lockVersion").asInt();
        String content = stored(id).content();
        String body1 = "{\"lockVersion\":" + lock + ",\"content\":" + quote(content.replace(LINE, "API 一")) + "}";
        String body2 = "{\"lockVersion\":" + lock + ",\"content\":" + quote(content.replace(LINE, "API 二")) + "}";
        assertThat(a.api("PUT", "/api/disclosures/" + id + "/content", body1).status()).isEqualTo(200);
        Browser.Response refused = b.api("PUT", "/api/disclosures/" + id + "/content", body2);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("title").asText()).isEqualTo("已被他人修改");
        assertThat(refused.json().get("details").asText()).contains("已被他人修改");
        assertThat(stored(id).content()).contains("API 一").doesNotContain("API 二");
        // a stale lock is refused for a transition too
        assertThat(b.api("POST", "/api/disclosures/" + id + "/submit", "{\"lockVersion\":" + lock + "}").status()).isEqualTo(409);
        assertThat(stored(id).status().name()).isEqualTo("DRAFT");
    }

    @Test
    void ofEightParallelSavesWithOneLockExactlyOneIsStored() throws Exception {
        long id = newDraft();
        int lock = stored(id).lockVersion();
        String content = stored(id).content();
        int n = 8;
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            browsers.add(portal.login(i % 2 == 0 ? "conc-1" : "conc-2", Portal.password(i % 2 == 0 ? "conc-1" : "conc-2")));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Browser.Response>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Browser b = browsers.get(i);
                String mine = content.replace(LINE, "并行保存第" + i + "份");
                results.add(pool.submit(() -> {
                    go.await();
                    return b.post("/desk/d/" + id + "/save", form("lock", String.valueOf(lock), "content", mine, "note", "并行"));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Browser.Response> f : results) {
                statuses.add(f.get(120, TimeUnit.SECONDS).status());
            }
            assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(n - 1);
            int winner = statuses.indexOf(302);
            DisclosureRecord after = stored(id);
            assertThat(after.content()).isEqualTo(content.replace(LINE, "并行保存第" + winner + "份"));
            assertThat(after.lockVersion()).isEqualTo(lock + 1);
            assertThat(portal.db().audit().forDisclosure(id)).filteredOn(e -> e.action().equals("edit")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String quote(String s) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(s).toString();
    }
}

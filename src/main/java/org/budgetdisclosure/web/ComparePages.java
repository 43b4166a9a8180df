package org.budgetdisclosure.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.Comparison;
import org.budgetdisclosure.portal.PortalException;
import org.budgetdisclosure.store.DisclosureRecord;

/**
 * /compare: two disclosures side by side. Without both ids it offers the published versions to pick;
 * each id must be a version the visitor may read (Workflow.get checks), so a draft never shows to
 * someone who may not see it.
 */
final class ComparePages {

    private final Services services;
    private final Sessions sessions;
    private final Pages pages;

    ComparePages(Services services, Sessions sessions, Pages pages) {
        this.services = services;
        this.sessions = sessions;
        this.pages = pages;
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get("/compare", this::compare);
    }

    private void compare(Context ctx) {
        Actor actor = sessions.actor(ctx);
        Long ia = id(ctx, "a");
        Long ib = id(ctx, "b");
        DisclosureRecord a = ia == null ? null : services.workflow().get(actor, ia);
        DisclosureRecord b = ib == null ? null : services.workflow().get(actor, ib);
        List<DisclosureRecord> choices = new ArrayList<>(services.workflow().published(null));
        for (DisclosureRecord picked : new DisclosureRecord[] {a, b}) {
            if (picked != null && choices.stream().noneMatch(c -> c.id() == picked.id())) {
                choices.add(0, picked); // a draft its editor compares: offered too, so the form shows the choice
            }
        }
        Comparison comparison = a == null || b == null ? null : Comparison.of(
                services.workflow().checked(a).disclosure(), services.workflow().checked(b).disclosure());
        boolean changedOnly = "1".equals(ctx.queryParam("changed"));
        String title = comparison == null ? "对比" : "对比：" + comparison.a() + " 与 " + comparison.b();
        pages.show(ctx, "compare.jte", pages.chrome(ctx, title), "view", new CompareView(choices, a, b, comparison, changedOnly));
    }

    private static Long id(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new PortalException(PortalException.Kind.INVALID, "参数 " + name + " 应为公开文件编号，而不是“"
                    + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "”");
        }
    }
}

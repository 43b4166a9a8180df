package org.budgetdisclosure.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.portal.Access;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.BudgetForm;
import org.budgetdisclosure.portal.PortalException;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Disclosures;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.Status;

/** Signing in and the workbench: drafts, editing, submitting, returning and publishing. */
final class DeskPages {

    private final Services services;
    private final Sessions sessions;
    private final Pages pages;

    DeskPages(Services services, Sessions sessions, Pages pages) {
        this.services = services;
        this.sessions = sessions;
        this.pages = pages;
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get("/login", this::loginPage);
        r.post("/login", this::login);
        r.post("/logout", this::logout);
        r.get("/desk", this::desk);
        r.post("/desk/upload", this::upload);
        r.get("/desk/d/{id}", this::draft);
        r.post("/desk/d/{id}/save", this::save);
        r.post("/desk/d/{id}/form", this::saveForm);
        r.post("/desk/d/{id}/submit", ctx -> act(ctx, "已提交审核", (a, id, lock) -> services.workflow().submit(a, id, lock)));
        r.post("/desk/d/{id}/return", ctx -> act(ctx, "已退回修改",
                (a, id, lock) -> services.workflow().returnDraft(a, id, lock, ctx.formParam("comment"))));
        r.post("/desk/d/{id}/publish", this::publish);
        r.post("/desk/d/{id}/delete", this::delete);
        r.post("/desk/d/{id}/copy", this::copy);
        r.post("/desk/d/{id}/correct", this::correct);
    }

    private void loginPage(Context ctx) {
        sessions.ensureCsrf(ctx);
        pages.show(ctx, "login.jte", pages.chrome(ctx, "登录"), "username", "", "error", null);
    }

    private void login(Context ctx) {
        String username = Optional.ofNullable(ctx.formParam("username")).orElse("");
        Optional<Actor> a = services.accounts().authenticate(username, ctx.formParam("password"));
        if (a.isEmpty()) {
            ctx.status(401);
            pages.show(ctx, "login.jte", pages.chrome(ctx, "登录"), "username", username, "error", "用户名或密码错误");
            return;
        }
        sessions.signIn(ctx, a.get());
        ctx.redirect(a.get().role() == Role.ADMIN ? "/admin" : "/desk");
    }

    private void logout(Context ctx) {
        sessions.signOut(ctx);
        ctx.redirect("/");
    }

    static Actor requireSignedIn(Sessions sessions, Context ctx) {
        Actor a = sessions.actor(ctx);
        if (!a.signedIn()) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "请先登录");
        }
        return a;
    }

    private void desk(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        List<DisclosureRecord> work = services.workflow().workList(a);
        List<DisclosureRecord> own = a.is(Role.EDITOR)
                ? services.db().disclosures().list(Disclosures.Filter.published().withDepartment(a.departmentId()))
                : List.of();
        pages.show(ctx, "desk.jte", pages.chrome(ctx, "工作台"), "work", work, "ownPublished", own,
                "editor", a.is(Role.EDITOR), "reviewer", a.is(Role.REVIEWER));
    }

    private void upload(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw new PortalException(PortalException.Kind.INVALID, "请选择要上传的文件");
        }
        long id = services.workflow().createFromUpload(a, new Upload(file.filename(), bytes(file)));
        Sessions.flash(ctx, "ok", "已新建草稿 #" + id);
        ctx.redirect("/desk/d/" + id);
    }

    static byte[] bytes(UploadedFile file) {
        if (file.size() > Upload.MAX_BYTES) {
            throw new PortalException(PortalException.Kind.TOO_LARGE,
                    file.filename() + "：文件过大（上限 " + Upload.MAX_BYTES / 1024 / 1024 + " MB）");
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draft(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        DisclosureRecord r = services.workflow().get(a, PublicPages.id(ctx));
        if (r.status() == Status.PUBLISHED) {
            ctx.redirect("/d/" + r.id());
            return;
        }
        DraftView view = new DraftView(r, services.workflow().checked(r), Access.canEdit(a, r), Access.canSubmit(a, r),
                Access.canReview(a, r), services.workflow().audit(a, r.id()),
                r.sourceFormat() == DisclosureRecord.SourceFormat.BUDGET_JSON && Access.canEdit(a, r)
                        ? BudgetForm.of(r.content()) : null);
        pages.show(ctx, "draft.jte", pages.chrome(ctx, r.title()), "view", view);
    }

    private void save(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        long id = PublicPages.id(ctx);
        var doc = services.workflow().edit(a, id, lock(ctx), ctx.formParam("content"), ctx.formParam("note"));
        Sessions.flash(ctx, doc.errors() > 0 ? "error" : "ok", "已保存。检查发现 " + doc.errors() + " 个错误。");
        ctx.redirect("/desk/d/" + id);
    }

    /** The budget form: only the fields it shows change; the rest of the budget file is kept. */
    private void saveForm(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        long id = PublicPages.id(ctx);
        DisclosureRecord r = services.workflow().get(a, id);
        if (r.sourceFormat() != DisclosureRecord.SourceFormat.BUDGET_JSON) {
            throw new PortalException(PortalException.Kind.INVALID, "表单编辑仅适用于预算数据草稿");
        }
        java.util.Map<String, String> form = new java.util.HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                form.put(k, v.get(0));
            }
        });
        String content = BudgetForm.apply(r.content(), form);
        var doc = services.workflow().edit(a, id, lock(ctx), content, "表单编辑");
        Sessions.flash(ctx, doc.errors() > 0 ? "error" : "ok", "已保存。检查发现 " + doc.errors() + " 个错误。");
        ctx.redirect("/desk/d/" + id);
    }

    private void publish(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        long id = PublicPages.id(ctx);
        int version = services.workflow().publish(a, id, lock(ctx));
        Sessions.flash(ctx, "ok", "已公开为第 " + version + " 版");
        ctx.redirect("/d/" + id);
    }

    private void delete(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        services.workflow().delete(a, PublicPages.id(ctx), lock(ctx));
        Sessions.flash(ctx, "ok", "草稿已删除");
        ctx.redirect("/desk");
    }

    private void copy(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        long id = services.workflow().copyForNextYear(a, PublicPages.id(ctx));
        Sessions.flash(ctx, "ok", "已复制为新草稿 #" + id);
        ctx.redirect("/desk/d/" + id);
    }

    private void correct(Context ctx) {
        Actor a = requireSignedIn(sessions, ctx);
        long id = services.workflow().startCorrection(a, PublicPages.id(ctx), ctx.formParam("reason"));
        Sessions.flash(ctx, "ok", "已新建更正草稿 #" + id);
        ctx.redirect("/desk/d/" + id);
    }

    /** A workflow action on a draft. */
    interface Action {
        void run(Actor a, long id, int lock);
    }

    private void act(Context ctx, String done, Action action) {
        Actor a = requireSignedIn(sessions, ctx);
        long id = PublicPages.id(ctx);
        action.run(a, id, lock(ctx));
        Sessions.flash(ctx, "ok", done);
        ctx.redirect("/desk/d/" + id);
    }

    static int lock(Context ctx) {
        String v = ctx.formParam("lock");
        try {
            return Integer.parseInt(v == null ? "" : v.strip());
        } catch (NumberFormatException e) {
            throw new PortalException(PortalException.Kind.INVALID, "缺少版本号（lock），请刷新页面后重试");
        }
    }
}

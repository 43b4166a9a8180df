package org.budgetdisclosure.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.portal.Access;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.PortalException;
import org.budgetdisclosure.portal.Upload;
import org.budgetdisclosure.store.Role;

/** The admin's pages: users, departments, official catalogs, and the recent audit log. */
final class AdminPages {

    private final Services services;
    private final Sessions sessions;
    private final Pages pages;

    AdminPages(Services services, Sessions sessions, Pages pages) {
        this.services = services;
        this.sessions = sessions;
        this.pages = pages;
    }

    void routes(JavalinDefaultRoutingApi r) {
        r.get("/admin", this::admin);
        r.post("/admin/users", this::createUser);
        r.post("/admin/users/{uid}/active", this::setActive);
        r.post("/admin/departments", this::createDepartment);
        r.post("/admin/catalogs", this::uploadCatalog);
        r.post("/account/password", this::changePassword);
    }

    private Actor admin(Context ctx, String what) {
        Actor a = DeskPages.requireSignedIn(sessions, ctx);
        if (!Access.canAdminister(a)) {
            throw new PortalException(PortalException.Kind.FORBIDDEN, "没有权限：" + what);
        }
        return a;
    }

    private void admin(Context ctx) {
        Actor a = admin(ctx, "管理页面仅限管理员");
        pages.show(ctx, "admin.jte", pages.chrome(ctx, "系统管理"), "users", services.accounts().users(a),
                "departments", services.accounts().departments(), "catalogs", services.db().catalogFiles().all(),
                "audit", services.db().audit().recent(50));
    }

    private void createUser(Context ctx) {
        Actor a = admin(ctx, "新建用户");
        Role role;
        try {
            role = Role.valueOf(String.valueOf(ctx.formParam("role")));
        } catch (IllegalArgumentException e) {
            throw new PortalException(PortalException.Kind.INVALID, "请选择角色");
        }
        String dep = ctx.formParam("department");
        Long departmentId = dep == null || dep.isBlank() ? null : Long.valueOf(dep);
        services.accounts().createUser(a, ctx.formParam("username"), ctx.formParam("displayName"),
                ctx.formParam("password"), role, departmentId);
        Sessions.flash(ctx, "ok", "已新建用户 " + ctx.formParam("username"));
        ctx.redirect("/admin");
    }

    private void setActive(Context ctx) {
        Actor a = admin(ctx, "停用用户");
        long uid;
        try {
            uid = Long.parseLong(ctx.pathParam("uid"));
        } catch (NumberFormatException e) {
            throw new PortalException(PortalException.Kind.NOT_FOUND, "没有这个用户");
        }
        services.accounts().setActive(a, uid, "true".equals(ctx.formParam("active")));
        ctx.redirect("/admin");
    }

    private void createDepartment(Context ctx) {
        Actor a = admin(ctx, "新建部门");
        services.accounts().createDepartment(a, ctx.formParam("name"), ctx.formParam("region"));
        Sessions.flash(ctx, "ok", "已新建部门 " + ctx.formParam("name"));
        ctx.redirect("/admin");
    }

    private void uploadCatalog(Context ctx) {
        Actor a = admin(ctx, "上传科目目录");
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw new PortalException(PortalException.Kind.INVALID, "请选择目录文件（CSV）");
        }
        int year;
        Scheme scheme;
        try {
            year = Integer.parseInt(String.valueOf(ctx.formParam("year")).strip());
            scheme = Scheme.valueOf(String.valueOf(ctx.formParam("classification")));
        } catch (IllegalArgumentException e) {
            throw new PortalException(PortalException.Kind.INVALID, "请填写年度并选择分类");
        }
        var result = services.catalogues().upload(a, year, scheme, new Upload(file.filename(), DeskPages.bytes(file)));
        services.workflow().documents().invalidate();
        Sessions.flash(ctx, "ok", "已导入 " + result.value() + " 个科目" + (result.diagnostics().isEmpty() ? ""
                : "，" + result.diagnostics().size() + " 条提示：" + result.diagnostics().get(0).message()));
        ctx.redirect("/admin");
    }

    private void changePassword(Context ctx) {
        Actor a = DeskPages.requireSignedIn(sessions, ctx);
        services.accounts().changePassword(a, ctx.formParam("current"), ctx.formParam("next"));
        Sessions.flash(ctx, "ok", "密码已修改");
        ctx.redirect(a.is(Role.ADMIN) ? "/admin" : "/desk");
    }
}

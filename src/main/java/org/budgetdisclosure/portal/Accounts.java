package org.budgetdisclosure.portal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.Department;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.User;

/** Signing in, and the admin's users and departments. */
public final class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{2,64}");
    // a fixed hash to compare against when the user does not exist, so timing does not tell who exists;
    // computed off the start-up path (bcrypt in a cold JVM takes seconds on a busy machine)
    private final java.util.concurrent.CompletableFuture<String> decoyHash;

    private final Database db;
    private final Passwords passwords;

    public Accounts(Database db, Passwords passwords) {
        this.db = db;
        this.passwords = passwords;
        this.decoyHash = java.util.concurrent.CompletableFuture.supplyAsync(() -> passwords.hash("decoy-password-for-timing"));
    }

    public Optional<Actor> authenticate(String username, String password) {
        Optional<User> u = username == null ? Optional.empty() : db.users().byUsername(username.strip());
        boolean ok = passwords.matches(password, u.map(User::passwordHash).orElseGet(decoyHash::join));
        if (u.isEmpty() || !ok || !u.get().active()) {
            db.audit().record(null, username == null ? "" : username, "login-failed", null, "");
            return Optional.empty();
        }
        db.audit().record(u.get().id(), u.get().username(), "login", null, "");
        return u.map(Actor::of);
    }

    /** The current state of a signed-in user (role or department may have changed, or the account closed). */
    public Optional<Actor> refresh(long userId) {
        return db.users().find(userId).filter(User::active).map(Actor::of);
    }

    public List<User> users(Actor a) {
        Access.require(Access.canAdminister(a), a, "只有管理员可以管理用户");
        return db.users().all();
    }

    public List<Department> departments() {
        return db.departments().all();
    }

    public long createUser(Actor a, String username, String displayName, String password, Role role, Long departmentId) {
        Access.require(Access.canAdminister(a), a, "只有管理员可以新建用户");
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new PortalException(PortalException.Kind.INVALID, "用户名须为 2–64 个字母、数字或 _.-");
        }
        String weak = Passwords.weakness(password);
        if (weak != null) {
            throw new PortalException(PortalException.Kind.INVALID, weak);
        }
        if (role == null) {
            throw new PortalException(PortalException.Kind.INVALID, "请选择角色");
        }
        if (role == Role.EDITOR && (departmentId == null || db.departments().find(departmentId).isEmpty())) {
            throw new PortalException(PortalException.Kind.INVALID, "部门编辑须属于一个已有的部门");
        }
        if (db.users().byUsername(username.strip()).isPresent()) {
            throw new PortalException(PortalException.Kind.CONFLICT, "用户名“" + username.strip() + "”已存在");
        }
        long id = db.users().create(username.strip(), displayName == null || displayName.isBlank() ? username.strip() : displayName.strip(),
                passwords.hash(password), role, role == Role.EDITOR ? departmentId : null);
        db.audit().record(a.userId(), a.username(), "create-user", null, username.strip() + "（" + role.chinese() + "）");
        return id;
    }

    public long createDepartment(Actor a, String name, String region) {
        Access.require(Access.canAdminister(a), a, "只有管理员可以新建部门");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new PortalException(PortalException.Kind.INVALID, "部门名称不能为空，且不超过 200 字");
        }
        if (db.departments().byName(name.strip()).isPresent()) {
            throw new PortalException(PortalException.Kind.CONFLICT, "部门“" + name.strip() + "”已存在");
        }
        long id = db.departments().create(name.strip(), region == null ? "" : region.strip());
        db.audit().record(a.userId(), a.username(), "create-department", null, name.strip());
        return id;
    }

    public void setActive(Actor a, long userId, boolean active) {
        Access.require(Access.canAdminister(a), a, "只有管理员可以停用用户");
        if (a.userId() != null && a.userId() == userId && !active) {
            throw new PortalException(PortalException.Kind.CONFLICT, "不能停用自己的账号");
        }
        db.users().find(userId).orElseThrow(() -> new PortalException(PortalException.Kind.NOT_FOUND, "没有这个用户"));
        db.users().setActive(userId, active);
        db.audit().record(a.userId(), a.username(), active ? "enable-user" : "disable-user", null, "#" + userId);
    }

    public void changePassword(Actor a, String current, String next) {
        Access.require(a.signedIn(), a, "修改密码");
        User u = db.users().find(a.userId()).orElseThrow();
        if (!passwords.matches(current, u.passwordHash())) {
            throw new PortalException(PortalException.Kind.INVALID, "当前密码不正确");
        }
        String weak = Passwords.weakness(next);
        if (weak != null) {
            throw new PortalException(PortalException.Kind.INVALID, weak);
        }
        db.users().setPassword(u.id(), passwords.hash(next));
        db.audit().record(u.id(), u.username(), "change-password", null, "");
    }
}

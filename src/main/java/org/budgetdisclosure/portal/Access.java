package org.budgetdisclosure.portal;

import org.budgetdisclosure.store.DisclosureRecord;
import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.Status;

/**
 * Who may do what. The public reads published versions only; an editor reads and edits only their own
 * department's drafts; the reviewer (finance bureau) reads everything and returns or publishes submitted
 * drafts of every department; the admin manages users, departments and catalogs but not documents.
 */
public final class Access {

    private Access() {
    }

    public static boolean canRead(Actor a, DisclosureRecord r) {
        if (r.status() == Status.PUBLISHED) {
            return true;
        }
        if (!a.signedIn()) {
            return false;
        }
        return a.is(Role.REVIEWER) || a.is(Role.ADMIN) || ownDepartment(a, r.departmentId());
    }

    public static boolean canCreateFor(Actor a, long departmentId) {
        return a.is(Role.EDITOR) && ownDepartment(a, departmentId);
    }

    public static boolean canEdit(Actor a, DisclosureRecord r) {
        return r.status().editable() && a.is(Role.EDITOR) && ownDepartment(a, r.departmentId());
    }

    public static boolean canSubmit(Actor a, DisclosureRecord r) {
        return canEdit(a, r);
    }

    /** Return with a comment, or publish: the reviewer's actions on a submitted draft. */
    public static boolean canReview(Actor a, DisclosureRecord r) {
        return r.status() == Status.SUBMITTED && a.is(Role.REVIEWER);
    }

    /** Start a correction (a new draft from a published version): the department's editor. */
    public static boolean canCorrect(Actor a, DisclosureRecord r) {
        return r.status() == Status.PUBLISHED && a.is(Role.EDITOR) && ownDepartment(a, r.departmentId());
    }

    public static boolean canAdminister(Actor a) {
        return a.is(Role.ADMIN);
    }

    private static boolean ownDepartment(Actor a, long departmentId) {
        return a.departmentId() != null && a.departmentId() == departmentId;
    }

    /**
     * Refuses a read the actor may not make. A version the public may not see is "not found" to the
     * public (its existence is not public either); a signed-in user gets a plain "forbidden".
     */
    static void requireRead(Actor a, DisclosureRecord r) {
        if (canRead(a, r)) {
            return;
        }
        if (!a.signedIn()) {
            throw PortalException.notFound(r.id());
        }
        throw PortalException.forbidden("不能查看其他部门的草稿");
    }

    /** Refuses a write: 401 for the public, 403 for a user without the right. */
    static void require(boolean allowed, Actor a, String what) {
        if (allowed) {
            return;
        }
        if (!a.signedIn()) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "请先登录：" + what);
        }
        throw PortalException.forbidden(what);
    }
}

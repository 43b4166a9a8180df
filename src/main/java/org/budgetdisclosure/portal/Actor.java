package org.budgetdisclosure.portal;

import org.budgetdisclosure.store.Role;
import org.budgetdisclosure.store.User;
import org.budgetdisclosure.store.Who;

/** Who is asking: a signed-in user, or the public (all fields null). */
public record Actor(Long userId, String username, String displayName, Role role, Long departmentId) {

    public static final Actor ANONYMOUS = new Actor(null, "anonymous", "公众", null, null);

    public static Actor of(User u) {
        return new Actor(u.id(), u.username(), u.displayName(), u.role(), u.departmentId());
    }

    public boolean signedIn() {
        return userId != null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    public Who who() {
        return new Who(userId, username);
    }
}

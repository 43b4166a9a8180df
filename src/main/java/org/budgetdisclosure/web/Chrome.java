package org.budgetdisclosure.web;

import org.budgetdisclosure.portal.Actor;

/**
 * What every portal page needs around its content: the title, who is signed in, the CSRF token for
 * its forms, a one-time message after a redirect, and extra head content (a document's stylesheet).
 */
public record Chrome(String title, Actor actor, String csrf, String flash, String flashKind, String headCss) {

    public boolean signedIn() {
        return actor != null && actor.signedIn();
    }

    public String roleName() {
        return actor == null || actor.role() == null ? "" : actor.role().chinese();
    }

    public boolean admin() {
        return actor != null && actor.role() == org.budgetdisclosure.store.Role.ADMIN;
    }
}

package org.budgetdisclosure.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.budgetdisclosure.portal.Accounts;
import org.budgetdisclosure.portal.Actor;
import org.budgetdisclosure.portal.PortalException;

/**
 * Who is asking, and CSRF protection. A browser signs in with a session cookie (HttpOnly,
 * SameSite=Lax) and every state-changing request must carry the session's token, as a form field
 * {@code _csrf} or a header {@code X-CSRF-Token}. API clients may instead send HTTP Basic credentials
 * on each request; those are not sent by a browser on its own, so they need no token. The public
 * gets no session at all, so public pages stay cacheable and cheap.
 */
final class Sessions {

    static final String USER = "uid";
    static final String CSRF = "csrf";
    private static final String ACTOR_ATTRIBUTE = "bd.actor";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;

    Sessions(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The actor of this request (cached on the request). */
    Actor actor(Context ctx) {
        Actor cached = ctx.attribute(ACTOR_ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        Actor a = basic(ctx).orElseGet(() -> fromSession(ctx));
        ctx.attribute(ACTOR_ATTRIBUTE, a);
        return a;
    }

    private Actor fromSession(Context ctx) {
        HttpSession s = ctx.req().getSession(false);
        if (s == null || !(s.getAttribute(USER) instanceof Long uid)) {
            return Actor.ANONYMOUS;
        }
        return accounts.refresh(uid).orElse(Actor.ANONYMOUS);
    }

    private Optional<Actor> basic(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(h.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "Authorization 头格式错误");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "Authorization 头格式错误");
        }
        Optional<Actor> a = accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (a.isEmpty()) {
            throw new PortalException(PortalException.Kind.UNAUTHENTICATED, "用户名或密码错误");
        }
        ctx.attribute("bd.basic", Boolean.TRUE);
        return a;
    }

    boolean viaBasic(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute("bd.basic"));
    }

    /** The session's CSRF token, or "" when there is no session (the public). */
    String csrf(Context ctx) {
        HttpSession s = ctx.req().getSession(false);
        return s == null || s.getAttribute(CSRF) == null ? "" : (String) s.getAttribute(CSRF);
    }

    /** A session with a CSRF token (the login page needs one before anyone is signed in). */
    String ensureCsrf(Context ctx) {
        HttpSession s = ctx.req().getSession(true);
        if (s.getAttribute(CSRF) == null) {
            s.setAttribute(CSRF, token());
        }
        return (String) s.getAttribute(CSRF);
    }

    /** Refuses a state-changing request without the session's token. */
    void verifyCsrf(Context ctx) {
        if (viaBasic(ctx)) {
            return;
        }
        String expected = csrf(ctx);
        String given = ctx.header("X-CSRF-Token");
        if (given == null && isForm(ctx)) {
            given = ctx.formParam("_csrf");
        }
        if (expected.isEmpty() || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new PortalException(PortalException.Kind.FORBIDDEN, "请求缺少有效的 CSRF 令牌（页面可能已过期，请刷新后重试）");
        }
    }

    private static boolean isForm(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/form-data"));
    }

    /** Signs in: a fresh session (no fixation), with a fresh token. */
    void signIn(Context ctx, Actor a) {
        HttpSession old = ctx.req().getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession s = ctx.req().getSession(true);
        s.setAttribute(USER, a.userId());
        s.setAttribute(CSRF, token());
        ctx.attribute(ACTOR_ATTRIBUTE, a);
    }

    void signOut(Context ctx) {
        HttpSession s = ctx.req().getSession(false);
        if (s != null) {
            s.invalidate();
        }
        ctx.attribute(ACTOR_ATTRIBUTE, Actor.ANONYMOUS);
    }

    /** A message shown once on the next page. */
    static void flash(Context ctx, String kind, String message) {
        HttpSession s = ctx.req().getSession(true);
        s.setAttribute("flash", message);
        s.setAttribute("flashKind", kind);
    }

    static String[] takeFlash(Context ctx) {
        HttpSession s = ctx.req().getSession(false);
        if (s == null || s.getAttribute("flash") == null) {
            return null;
        }
        String[] f = {(String) s.getAttribute("flashKind"), (String) s.getAttribute("flash")};
        s.removeAttribute("flash");
        s.removeAttribute("flashKind");
        return f;
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

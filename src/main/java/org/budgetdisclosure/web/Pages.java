package org.budgetdisclosure.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.budgetdisclosure.portal.Actor;

/** Renders a portal page inside the layout for the current request. */
final class Pages {

    private final Sessions sessions;

    Pages(Sessions sessions) {
        this.sessions = sessions;
    }

    Chrome chrome(Context ctx, String title) {
        return chrome(ctx, title, null);
    }

    Chrome chrome(Context ctx, String title, String headCss) {
        Actor a = sessions.actor(ctx);
        String[] flash = Sessions.takeFlash(ctx);
        return new Chrome(title, a, sessions.csrf(ctx), flash == null ? null : flash[1], flash == null ? null : flash[0], headCss);
    }

    /** Renders {@code template} with the chrome and the given parameters (name, value, name, value…). */
    void show(Context ctx, String template, Chrome chrome, Object... params) {
        Map<String, Object> p = new HashMap<>();
        p.put("chrome", chrome);
        for (int i = 0; i < params.length; i += 2) {
            p.put((String) params[i], params[i + 1]);
        }
        ctx.html(Views.render(template, p));
    }
}

package org.budgetdisclosure.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The portal's precompiled jte templates (src/main/jte-web); jte escapes every value by context. */
final class Views {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Views.class.getClassLoader(), "org.budgetdisclosure.web.view");

    private Views() {
    }

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(16 * 1024);
        TEMPLATES.render(template, params, out);
        return out.toString();
    }
}

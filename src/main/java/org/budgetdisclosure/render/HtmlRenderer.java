package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.render.html.DisclosureHtml;

/**
 * The whole disclosure as one self-contained HTML page: cover, contents, the four parts with the
 * twelve tables and the target tables, and a print stylesheet (A4, landscape pages for wide tables).
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public boolean binary() {
        return false;
    }

    @Override
    public void render(Disclosure d, OutputStream out) throws IOException {
        out.write(DisclosureHtml.render(d, DisclosureHtml.Variant.SCREEN).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}

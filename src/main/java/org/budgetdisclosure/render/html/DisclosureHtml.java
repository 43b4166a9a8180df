package org.budgetdisclosure.render.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.budgetdisclosure.model.Disclosure;

/**
 * Writes a disclosure as one self-contained XHTML page (inline CSS, no external resources) through
 * the precompiled jte templates, which escape every value. The output is well-formed XML, as the PDF
 * renderer's parser requires.
 */
public final class DisclosureHtml {

    /** Who reads the page: a browser, or the PDF renderer with its bundled font. */
    public enum Variant {
        SCREEN, PDF
    }

    private static final String PACKAGE = "org.budgetdisclosure.render.html";
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, DisclosureHtml.class.getClassLoader(), PACKAGE);
    private static final String CSS = resource("disclosure.css");
    private static final String PDF_CSS = resource("pdf.css");


    private DisclosureHtml() {
    }

    public static String render(Disclosure d, Variant variant) {
        String css = variant == Variant.PDF ? CSS + PDF_CSS : CSS;
        Page page = PageLayout.of(d, css);
        StringOutput out = new StringOutput(256 * 1024);
        TEMPLATES.render("page.jte", Map.of("page", page), out);
        return withoutNonXml(out.toString());
    }

    /**
     * The page without the characters XML 1.0 does not allow (control characters, lone surrogates):
     * escaping cannot make them legal, and one of them in a project name would make the page unreadable
     * to an XML parser. A scan rather than a regex replace: the page is large and almost never has one.
     */
    static String withoutNonXml(String page) {
        int bad = firstNonXml(page, 0);
        if (bad < 0) {
            return page;
        }
        StringBuilder b = new StringBuilder(page.length());
        int from = 0;
        while (bad >= 0) {
            b.append(page, from, bad);
            from = bad + Character.charCount(page.codePointAt(bad));
            bad = firstNonXml(page, from);
        }
        return b.append(page, from, page.length()).toString();
    }

    private static int firstNonXml(String s, int from) {
        for (int i = from; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean allowed = c == 0x09 || c == 0x0A || c == 0x0D || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * The document without the page around it (cover to signature), for embedding in another page
     * that includes {@link #css()}.
     */
    public static String fragment(Disclosure d) {
        Page page = PageLayout.of(d, CSS);
        StringOutput out = new StringOutput(256 * 1024);
        TEMPLATES.render("document.jte", Map.of("page", page), out);
        return withoutNonXml(out.toString());
    }

    /** The document's screen and print stylesheet. */
    public static String css() {
        return CSS;
    }

    private static String resource(String name) {
        try (InputStream in = DisclosureHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.budgetdisclosure.render;

import java.util.List;
import java.util.Optional;

/** The registry of output formats: one explicit list. */
public final class Renderers {

    private static final List<Renderer> ALL = List.of(
            new JsonFormat(),
            new MdRenderer(),
            new HtmlRenderer(),
            new PdfRenderer(),
            new DocxRenderer(),
            new XlsxRenderer());

    private Renderers() {
    }

    public static List<Renderer> all() {
        return ALL;
    }

    public static Optional<Renderer> byFormat(String format) {
        return ALL.stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
    }
}

package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import org.budgetdisclosure.model.Disclosure;

/**
 * Prints a disclosure in one format. Renderers never compute: every figure comes from the model as it
 * is (hledger's one report model, many renderers).
 */
public interface Renderer {

    /** The format's name on the command line: {@code json}, {@code md}, {@code html}, {@code pdf} … */
    String format();

    /** The file extension, without the dot. */
    String extension();

    /** True for formats that are not text (PDF, DOCX, XLSX): they are never written to a terminal. */
    boolean binary();

    void render(Disclosure d, OutputStream out) throws IOException;
}

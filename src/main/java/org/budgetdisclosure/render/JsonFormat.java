package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import org.budgetdisclosure.model.Disclosure;

/** The model as JSON (see {@link JsonRenderer}). */
public final class JsonFormat implements Renderer {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public boolean binary() {
        return false;
    }

    @Override
    public void render(Disclosure d, OutputStream out) throws IOException {
        JsonRenderer.write(d, out);
    }
}

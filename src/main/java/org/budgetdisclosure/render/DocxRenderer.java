package org.budgetdisclosure.render;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.model.Disclosure;

/**
 * A disclosure as an editable Word document (DOCX): the four parts under real heading styles, the twelve
 * tables and the performance target tables as Word tables, wide tables on landscape pages.
 */
public final class DocxRenderer implements Renderer {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(Disclosure d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            new DocxWriter(doc).write(d);
            doc.write(out);
        }
        out.flush();
    }
}

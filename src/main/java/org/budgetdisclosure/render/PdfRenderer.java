package org.budgetdisclosure.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.render.html.DisclosureHtml;

/**
 * The disclosure as a PDF/A-2u document, laid out like the official one from the same page the HTML
 * renderer writes (openhtmltopdf): A4, the wide tables on landscape pages, page numbers at the foot.
 * The Chinese face is bundled (WenQuanYi Micro Hei, {@code /fonts/wqy-microhei.ttf}, Apache-2.0) and
 * embedded as a subset, so the result needs nothing installed and its text can be extracted.
 */
public final class PdfRenderer implements Renderer {

    /** The family name {@code pdf.css} asks for. */
    static final String FONT_FAMILY = "WenQuanYi Micro Hei";
    private static final String FONT = "/fonts/wqy-microhei.ttf";

    static {
        // openhtmltopdf logs every CSS property it skips (the screen-only rules) to stderr through
        // java.util.logging; a real failure (a missing font, bad XML) is thrown, so its log adds nothing
        XRLog.setLoggingEnabled(false);
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(Disclosure d, OutputStream out) throws IOException {
        String xhtml = DisclosureHtml.render(d, DisclosureHtml.Variant.PDF);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFont(PdfRenderer::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
        // PDF/A-2u: every font embedded, an output intent, Unicode text; archivable as the law expects
        b.usePdfAConformance(PdfAConformance.PDFA_2_U);
        b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        // the page is self-contained: nothing may be fetched while rendering it
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.withProducer("budget-disclosure");
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        b.run();
        out.flush();
    }

    /**
     * The bundled face, read once: inflating 4.6 MB from the jar for every document cost more than the
     * rest of loading it. Each document gets its own stream over the shared, never-written bytes.
     */
    private static InputStream font() {
        return new ByteArrayInputStream(FontBytes.BYTES);
    }

    /** Holder: the bytes are read on the first PDF, not when the class of every renderer loads. */
    private static final class FontBytes {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + FONT);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.budgetdisclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.text.TextDisclosureReader;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;

/** The project's own copy of the sample disclosure (src/test/resources/seeds), raw and parsed. */
public final class Samples {

    public static final String SAMPLE_NAME = "000_d977b25cab4a76d3.txt";

    private static Parsed<Disclosure> parsed;

    private Samples() {
    }

    public static byte[] sampleBytes() {
        try (InputStream in = Samples.class.getResourceAsStream("/seeds/" + SAMPLE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sampleText() {
        return new String(sampleBytes(), StandardCharsets.UTF_8);
    }

    /** The sample as read (immutable, so shared between tests). */
    public static synchronized Parsed<Disclosure> parsedSample() {
        if (parsed == null) {
            parsed = read(SAMPLE_NAME, sampleText());
        }
        return parsed;
    }

    public static Disclosure sample() {
        return parsedSample().value();
    }

    /** Reads a disclosure from text; for tests that edit the sample's text and read it again. */
    public static Parsed<Disclosure> read(String name, String text) {
        try {
            return new TextDisclosureReader().read(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (UnreadableInputException e) {
            throw new IllegalStateException(e);
        }
    }
}

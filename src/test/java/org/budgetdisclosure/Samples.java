package org.budgetdisclosure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The project's own copy of the sample disclosure (src/test/resources/seeds). */
public final class Samples {

    public static final String SAMPLE_NAME = "000_d977b25cab4a76d3.txt";

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
}

package org.budgetdisclosure.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.render.HtmlRenderer;
import org.budgetdisclosure.render.PdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering the (already parsed) sample as HTML and as PDF (issue 4 targets: HTML ≤ 5 ms, PDF ≤ 300 ms
 * warm, one core). Each render writes into a fresh in-memory buffer. Run with
 * {@code scripts/bench.sh RenderBench}; figures go to docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RenderBench {

    private Disclosure sample;
    private final HtmlRenderer html = new HtmlRenderer();
    private final PdfRenderer pdf = new PdfRenderer();

    @Setup
    public void load() {
        sample = Samples.sample();
    }

    @Benchmark
    public byte[] renderHtml() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        html.render(sample, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] renderPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * 1024);
        pdf.render(sample, out);
        return out.toByteArray();
    }
}

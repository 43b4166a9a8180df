package org.budgetdisclosure.bench;

import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.text.TextDisclosureReader;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing the sample from bytes (decode + segment + all part readers). Target (issue 2): ≤ 1 ms warm,
 * one core. Run with {@code scripts/bench.sh ParseBench}; figures go to docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBench {

    private byte[] sample;
    private final TextDisclosureReader reader = new TextDisclosureReader();

    @Setup
    public void load() {
        sample = Samples.sampleBytes();
    }

    @Benchmark
    public Parsed<Disclosure> parseSample() throws UnreadableInputException {
        return reader.read(Samples.SAMPLE_NAME, sample);
    }
}

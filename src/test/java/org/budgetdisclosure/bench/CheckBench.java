package org.budgetdisclosure.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.RuleBook;
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
 * Parse + check of the sample with the whole rulebook (issue 3 target: ≤ 1 ms warm, one core), and the
 * check alone on an already parsed sample, with a reused context and with a fresh one. Run with {@code scripts/bench.sh CheckBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBench {

    private byte[] sample;
    private Parsed<Disclosure> parsed;
    private CheckContext ctx;
    private final TextDisclosureReader reader = new TextDisclosureReader();
    private final Checker checker = new Checker(RuleBook.all());

    @Setup
    public void load() throws UnreadableInputException {
        sample = Samples.sampleBytes();
        parsed = reader.read(Samples.SAMPLE_NAME, sample);
        ctx = CheckContext.forDocument(parsed.value());
    }

    @Benchmark
    public List<Finding> parseAndCheck() throws UnreadableInputException {
        Parsed<Disclosure> p = reader.read(Samples.SAMPLE_NAME, sample);
        return checker.check(p, CheckContext.forDocument(p.value()));
    }

    /** The check alone, reusing one context: what the context shares (the table index …) is already built. */
    @Benchmark
    public List<Finding> checkOnly() {
        return checker.check(parsed, ctx);
    }

    /** The check alone with a fresh context, as parse + check pays it: the catalog looked up, the shared indexes built. */
    @Benchmark
    public List<Finding> checkFresh() {
        return checker.check(parsed, CheckContext.forDocument(parsed.value()));
    }
}

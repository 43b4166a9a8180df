package org.budgetdisclosure.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.budgetdisclosure.compute.Compute;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.budget.Budget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * compute(Budget) → Disclosure of the example budget (examples/changji-gov-office-2026.budget.json): the
 * twelve tables, part 3, the target tables and the glossary (issue 4). Run with
 * {@code scripts/bench.sh ComputeBench}; figures go to docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ComputeBench {

    private Budget budget;

    @Setup
    public void load() throws IOException, UnreadableInputException {
        Path example = Path.of("examples", "changji-gov-office-2026.budget.json");
        budget = new BudgetJsonReader().read(example.toString(), Files.readAllBytes(example)).value();
    }

    @Benchmark
    public Disclosure computeExample() {
        return Compute.compute(budget);
    }
}

package org.budgetdisclosure.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.compute.Compute;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.render.HtmlRenderer;
import org.budgetdisclosure.render.PdfRenderer;

/**
 * The thread CPU time of compute, HTML and PDF (what ComputeBench and RenderBench time as wall time):
 * on this shared 2-core machine other builds take the CPU away in the middle of an operation, so a wall
 * time of a long operation (the PDF) measures the load as much as the code, while the CPU time the
 * operation's own thread used does not. Median and minimum over the second half of the runs (the first
 * half warms up). Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.budgetdisclosure.bench.CpuTimes} (scripts/bench.sh writes target/cp.txt).
 */
public final class CpuTimes {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    interface Op {
        void run() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Path example = Path.of("examples", "changji-gov-office-2026.budget.json");
        Budget budget = new BudgetJsonReader().read(example.toString(), Files.readAllBytes(example)).value();
        Disclosure sample = Samples.sample();
        time("compute(example budget)", 4000, () -> Compute.compute(budget));
        time("html(sample)", 4000, () -> new HtmlRenderer().render(sample, new ByteArrayOutputStream()));
        time("pdf(sample)", 60, () -> new PdfRenderer().render(sample, new ByteArrayOutputStream()));
    }

    private static void time(String what, int runs, Op op) throws IOException {
        List<Double> cpu = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            op.run();
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            if (i >= runs / 2) {
                cpu.add((c1 - c0) / 1e6);
                wall.add((t1 - t0) / 1e6);
            }
        }
        Collections.sort(cpu);
        Collections.sort(wall);
        System.out.printf("%-26s thread CPU median %8.3f ms, min %8.3f ms | wall median %8.3f ms, min %8.3f ms (%d runs timed)%n",
                what, cpu.get(cpu.size() / 2), cpu.get(0), wall.get(wall.size() / 2), wall.get(0), cpu.size());
    }
}

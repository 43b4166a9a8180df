package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.junit.jupiter.api.Test;

/**
 * Changes single printed figures of the sample, one at a time, and requires the checker to answer
 * with a new error that names the changed figure (its line, directly or as a related place). The
 * recall it measures is written to target/mutation-recall.txt and asserted against a floor.
 */
class MutationRecallTest {

    /** A table amount: always two decimals; PDF spaces after separators allowed (“1, 229. 70”). */
    private static final Pattern TABLE_AMOUNT = Pattern.compile("(?<![\\d.])\\d{1,3}(?:,\\s?\\d{3})*\\.\\s?\\d{2}(?![\\d])");
    /** A prose figure: an amount in 万元 or a percentage. */
    private static final Pattern PROSE_FIGURE = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d{1,2})?)\\s*(万元|%)(?!以上)");

    record Mutation(int line, String before, String after) {
    }

    record Result(int tried, int caught, List<Mutation> missed) {
        double recall() {
            return tried == 0 ? 1 : (double) caught / tried;
        }
    }

    @Test
    void tableFiguresAreCaught() throws IOException {
        String[] lines = Samples.sampleText().split("\n", -1);
        int first = indexOf(lines, "部门收支总体情况表", 60);
        int last = indexOf(lines, "第三部分", first) - 1;
        Result r = measure(lines, first, last, TABLE_AMOUNT, "10.00");
        write("tables", r);
        assertThat(r.tried()).isGreaterThan(200);
        assertThat(r.recall()).as("recall on table figures; missed: %s", r.missed()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void proseFiguresAreCaught() throws IOException {
        String[] lines = Samples.sampleText().split("\n", -1);
        int first = indexOf(lines, "第三部分", 300);
        int last = indexOf(lines, "部门整体绩效目标表", first) - 1;
        Result r = measure(lines, first, last, PROSE_FIGURE, "1.00");
        write("prose", r);
        assertThat(r.tried()).isGreaterThan(80);
        assertThat(r.recall()).as("recall on prose figures; missed: %s", r.missed()).isGreaterThanOrEqualTo(PROSE_FLOOR);
    }

    /** Raised as the prose rules grow; the measured figure is in target/mutation-recall.txt. */
    private static final double PROSE_FLOOR = 0.88;

    private static Result measure(String[] lines, int first, int last, Pattern figure, String delta) {
        Checker checker = new Checker(RuleBook.all());
        Set<String> baseline = errors(checker, Samples.parsedSample());
        int tried = 0;
        int caught = 0;
        List<Mutation> missed = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            Matcher m = figure.matcher(lines[i]);
            while (m.find()) {
                String printed = m.groupCount() >= 1 && m.group(1) != null ? m.group(1) : m.group();
                int start = m.groupCount() >= 1 && m.group(1) != null ? m.start(1) : m.start();
                BigDecimal value = new BigDecimal(printed.replaceAll("[,\\s]", ""));
                String changed = value.add(new BigDecimal(delta)).setScale(Math.max(2, value.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
                String[] copy = lines.clone();
                copy[i] = lines[i].substring(0, start) + changed + lines[i].substring(start + printed.length());
                Parsed<Disclosure> p = Samples.read(Samples.SAMPLE_NAME, String.join("\n", copy));
                int lineNo = i + 1;
                List<Finding> fresh = checker.check(p, CheckContext.forDocument(p.value())).stream()
                        .filter(f -> f.severity() == Severity.ERROR && !baseline.contains(key(f))).toList();
                boolean named = fresh.stream().anyMatch(f -> names(f, lineNo));
                tried++;
                if (named) {
                    caught++;
                } else {
                    missed.add(new Mutation(lineNo, printed, changed));
                }
            }
        }
        return new Result(tried, caught, missed);
    }

    private static boolean names(Finding f, int line) {
        return Integer.valueOf(line).equals(f.at().line()) || f.related().stream().anyMatch(l -> Integer.valueOf(line).equals(l.line()));
    }

    private static Set<String> errors(Checker checker, Parsed<Disclosure> p) {
        return checker.check(p, CheckContext.forDocument(p.value())).stream()
                .filter(f -> f.severity() == Severity.ERROR).map(MutationRecallTest::key).collect(Collectors.toSet());
    }

    private static String key(Finding f) {
        return f.rule() + "|" + f.at().line() + "|" + f.at().table() + "|" + f.at().row() + "|" + f.at().column() + "|" + f.message();
    }

    private static int indexOf(String[] lines, String text, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].contains(text) && !lines[i].startsWith("- ")) {
                return i;
            }
        }
        throw new IllegalStateException(text);
    }

    private static void write(String what, Result r) throws IOException {
        Path out = Path.of("target", "mutation-recall.txt");
        Files.createDirectories(out.getParent());
        String line = String.format("%s: %d/%d = %.1f%% caught; missed: %s%n", what, r.caught(), r.tried(), 100 * r.recall(),
                r.missed().stream().map(m -> m.line() + ":" + m.before()).collect(Collectors.joining(", ")));
        Files.writeString(out, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.print("MUTATION " + line);
    }
}

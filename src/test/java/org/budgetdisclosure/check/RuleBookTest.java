package org.budgetdisclosure.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The meta-test: every rule has a doc page, a test where it fires and one where it does not. */
class RuleBookTest {

    @Test
    void everyRuleIdHasADocPage() {
        for (RuleInfo r : RuleBook.infos()) {
            Path page = Path.of("docs/rules", r.id() + ".md");
            assertThat(page).as("doc page for %s", r.id()).exists();
            assertThat(read(page)).as("doc page for %s", r.id())
                    .startsWith("# " + r.id()).contains("检查什么").contains("怎样改");
        }
        assertThat(Path.of("docs/rules", Checker.CRASH.id() + ".md")).exists();
    }

    @Test
    void everyRuleClassHasATestThatFiresAndOneThatDoesNot() throws Exception {
        Set<Class<?>> classes = new LinkedHashSet<>();
        RuleBook.all().forEach(r -> classes.add(r.getClass()));
        for (Class<?> c : classes) {
            Class<?> test = Class.forName(c.getName() + "Test");
            List<String> names = Arrays.stream(test.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName).toList();
            assertThat(names).as("tests of %s", c.getSimpleName())
                    .anyMatch(n -> n.startsWith("accepts"))
                    .anyMatch(n -> n.startsWith("flags"));
        }
    }

    @Test
    void everyReaderDiagnosticCodeIsDocumented() throws Exception {
        String page = read(Path.of("docs/rules/READ.md"));
        java.util.regex.Pattern code = java.util.regex.Pattern.compile("\"(READ-[A-Z0-9-]+)\"");
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = code.matcher(read(f));
                while (m.find()) {
                    assertThat(page).as("%s (used in %s) is documented in READ.md", m.group(1), f.getFileName())
                            .contains("| " + m.group(1) + " |");
                }
            }
        }
    }

    @Test
    void theBookIsSortedByIdAndEveryIdHasOneTitle() {
        List<String> ids = RuleBook.all().stream().map(r -> r.info().id()).toList();
        assertThat(ids).isSorted();
        for (RuleInfo info : RuleBook.infos()) {
            assertThat(RuleBook.all().stream().map(Rule::info).filter(i -> i.id().equals(info.id())).distinct())
                    .as("one RuleInfo per id %s", info.id()).hasSize(1);
            assertThat(info.title()).isNotBlank();
        }
    }

    @Test
    void rulesAreSelectedByIdPrefix() {
        assertThat(RuleBook.select(List.of("XT-"))).isNotEmpty().allMatch(r -> r.info().id().startsWith("XT-"));
        assertThat(RuleBook.select(List.of())).hasSameSizeAs(RuleBook.all());
        assertThat(RuleBook.select(List.of("NO-SUCH-"))).isEmpty();
    }

    @Test
    void aCrashingRuleBecomesAFindingNamingItAndTheOtherRulesStillRun() {
        Rule crashing = new Rule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("TEST-CRASH", "会崩溃的规则", Severity.ERROR, Family.TABLE);
            }

            @Override
            public void check(org.budgetdisclosure.model.Disclosure d, CheckContext ctx, Findings out) {
                throw new IllegalStateException("boom");
            }
        };
        var d = Mutations.withCell(org.budgetdisclosure.Samples.sample(), org.budgetdisclosure.model.TableId.T3,
                "2010301", "project", "10.00");
        List<Finding> f = new Checker(List.of(crashing, new org.budgetdisclosure.check.rules.table.RowSum(
                org.budgetdisclosure.model.TableId.T3, "total", "basic", "project"))).check(d, CheckContext.none());
        assertThat(f).extracting(Finding::rule).containsExactlyInAnyOrder("RULE-CRASH", "ROW-SUM");
        assertThat(f).filteredOn(x -> x.rule().equals("RULE-CRASH")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("TEST-CRASH").contains("boom"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.ParseCommandTest.bd;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 4's end-to-end path: budget file → md → check, through the real command line. */
class RenderBudgetCommandTest {

    @TempDir
    Path dir;

    @Test
    void theExampleBudgetRendersToADisclosureWithNoErrors() throws Exception {
        Path md = dir.resolve("budget.md");
        ParseCommandTest.Run render = bd("render", "examples/changji-gov-office-2026.budget.json", "--format", "md", "--out", md.toString());
        assertThat(render.exit()).as(render.err()).isZero();
        assertThat(Files.readString(md)).contains("部门收支总体情况表").contains("1,229.70");
        ParseCommandTest.Run check = bd("check", md.toString());
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("错误 0");
    }

    @Test
    void everyFormatRendersFromTheBudget() throws Exception {
        for (String f : new String[] {"json", "md", "html", "pdf", "docx", "xlsx"}) {
            Path out = dir.resolve("b." + f);
            ParseCommandTest.Run r = bd("render", "examples/changji-gov-office-2026.budget.json", "--format", f, "--out", out.toString());
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            assertThat(Files.size(out)).as(f).isGreaterThan(1000);
        }
    }

    @Test
    void aBrokenBudgetFileExitsTwoWithItsName() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"oops\":");
        ParseCommandTest.Run r = bd("render", bad.toString(), "--format", "md");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").doesNotContain("Exception");
        assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().startsWith(".bd-"));
    }
}

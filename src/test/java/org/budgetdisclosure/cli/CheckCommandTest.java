package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.ParseCommandTest.bd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** The sample with 行政运行's 项目支出 in 表3 changed from empty to 10.00. */
    private Path broken() throws Exception {
        // the first occurrence is 表3's row (表5 prints the same line again)
        String text = Samples.sampleText().replaceFirst(java.util.regex.Pattern.quote("201\t03\t01\t行政运行\t610.96\t610.96\t\n"),
                "201\t03\t01\t行政运行\t610.96\t610.96\t10.00\n");
        assertThat(text).isNotEqualTo(Samples.sampleText());
        return write("broken.txt", text);
    }

    @Test
    void anErrorFindingExitsOneAndNamesThePlace() throws Exception {
        ParseCommandTest.Run r = bd("check", "--rules", "ROW-SUM", broken().toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("broken.txt:176: 错误 [ROW-SUM] 表3 部门支出总体情况表 › 2010301 行政运行 › 合计");
    }

    @Test
    void onlyTheSelectedRulesRun() throws Exception {
        ParseCommandTest.Run r = bd("check", "--rules", "XT-FUNC", broken().toString());
        assertThat(r.out()).doesNotContain("[ROW-SUM]");
    }

    @Test
    void jsonFormHasSourceSummaryAndFindings() throws Exception {
        ParseCommandTest.Run r = bd("check", "--format", "json", "--rules", "ROW-SUM", broken().toString());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("source").asText()).isEqualTo("broken.txt");
        assertThat(j.get("summary").get("error").asInt()).isEqualTo(1);
        JsonNode f = j.get("findings").get(0);
        assertThat(f.get("rule").asText()).isEqualTo("ROW-SUM");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("expected").asText()).isEqualTo("620.96");
        assertThat(f.get("location").get("line").asInt()).isEqualTo(176);
    }

    @Test
    void listPrintsTheRulebook() {
        ParseCommandTest.Run r = bd("check", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("TREE-SUM\t错误\t表内\t上级科目应等于其下级科目之和");
    }

    @Test
    void unreadableInputExitsTwoWithoutAStackTrace() throws Exception {
        Path p = dir.resolve("x.bin");
        Files.write(p, new byte[] {0, 1, 2, 3, 0, 0, 7});
        ParseCommandTest.Run r = bd("check", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("x.bin").doesNotContain("Exception");
        assertThat(bd("check").exit()).isEqualTo(2);
    }

    @Test
    void htmlFormIsOnePage() throws Exception {
        ParseCommandTest.Run r = bd("check", "--format", "html", "--rules", "ROW-SUM", broken().toString());
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("ROW-SUM").endsWith("</html>\n");
    }
}

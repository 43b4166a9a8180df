package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.budgetdisclosure.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run bd(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path sample() throws Exception {
        Path p = dir.resolve(Samples.SAMPLE_NAME);
        Files.write(p, Samples.sampleBytes());
        return p;
    }

    @Test
    void printsTheModelAsJsonAndExitsZero() throws Exception {
        Run r = bd("parse", sample().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"department\" : \"昌吉市人民政府办公室\"").contains("\"year\" : 2026");
    }

    @Test
    void theSameFileInGb18030GivesTheSameJson() throws Exception {
        Path utf8 = sample();
        Path gb = dir.resolve("gb").resolve(Samples.SAMPLE_NAME);
        Files.createDirectories(gb.getParent());
        Files.write(gb, Samples.sampleText().getBytes(Charset.forName("GB18030")));
        Run a = bd("parse", utf8.toString());
        Run b = bd("parse", gb.toString());
        assertThat(b.exit()).isZero();
        assertThat(b.out()).isEqualTo(a.out());
    }

    @Test
    void randomBytesExitTwoWithAOneLineMessageNamingTheFile() throws Exception {
        byte[] junk = new byte[5000];
        new Random(7).nextBytes(junk);
        Path p = dir.resolve("junk.pdf");
        Files.write(p, junk);
        Run r = bd("parse", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("bd parse: " + p + ": ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void textThatIsNotADisclosureExitsTwo() throws Exception {
        Path p = dir.resolve("poem.txt");
        Files.writeString(p, "床前明月光，\n疑是地上霜。\n");
        Run r = bd("parse", p.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("poem.txt").contains("不是部门预算公开文本");
    }

    @Test
    void aMissingFileExitsTwo() {
        Run r = bd("parse", dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nope.txt").contains("文件不存在");
    }

    @Test
    void badUsageExitsTwoWithAHint() {
        Run r = bd("parse", "--format", "yaml", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("bd parse --help");
        assertThat(bd("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void helpIsAvailableForEveryCommand() {
        Run root = bd("--help");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).contains("parse").contains("catalog");
        Run parse = bd("parse", "--help");
        assertThat(parse.exit()).isZero();
        assertThat(parse.out()).contains("--format");
    }

    @Test
    void summaryNamesWhatWasRead() throws Exception {
        Run r = bd("parse", "--format", "summary", sample().toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("昌吉市人民政府办公室 2026年 部门预算").contains("第二部分：12 张表");
    }
}

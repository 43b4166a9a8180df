package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.ParseCommandTest.bd;

import org.budgetdisclosure.cli.ParseCommandTest.Run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.WithoutProvenance;
import org.budgetdisclosure.render.MdRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bd render FILE --format md}: the md goes to stdout or to --out, and {@code bd parse} reads it back. */
class RenderMdCommandTest {

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path p = dir.resolve(Samples.SAMPLE_NAME);
        Files.write(p, Samples.sampleBytes());
        return p;
    }

    @Test
    void printsTheMdToStandardOutput() throws Exception {
        Run r = bd("render", sample().toString(), "--format", "md");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(MdRenderer.toMarkdown(Samples.sample()));
    }

    @Test
    void writesAnMdFileThatParsesBackToTheSameModel() throws Exception {
        Path md = dir.resolve("out").resolve("sample.md");
        Files.createDirectories(md.getParent());
        Run r = bd("render", sample().toString(), "--format", "md", "--out", md.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("已写入");
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(WithoutProvenance.json(Samples.read("sample.md", text).value()))
                .isEqualTo(WithoutProvenance.json(Samples.sample()));
        Run parse = bd("parse", md.toString());
        assertThat(parse.exit()).isZero();
        assertThat(parse.out()).contains("\"department\" : \"昌吉市人民政府办公室\"");
    }

    @Test
    void listsMdAmongTheFormatsWhenAskedForAnUnknownOne() throws Exception {
        Run r = bd("render", sample().toString(), "--format", "rtf");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("json、md");
    }
}

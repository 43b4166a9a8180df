package org.budgetdisclosure.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.render.Renderer;
import org.budgetdisclosure.render.Renderers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bd render INPUT --format F [--out FILE]}: prints a disclosure in another format. INPUT is a
 * published disclosure (text) or a budget file (JSON or XLSX workbook), from which the disclosure is
 * computed. The output file is written beside its destination and moved into place ({@link OutputFiles}).
 */
@Command(name = "render", mixinStandardHelpOptions = true, description = "把部门预算公开文本输出为其他格式。")
final class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "部门预算公开文本，或预算文件（*.json、*.xlsx 填报工作簿），由它算出公开文本。")
    Path input;

    @Option(names = "--format", required = true, description = "输出格式：json、md、html、pdf、docx、xlsx（以已实现的为准）。")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件；文本格式省略时写到标准输出。")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Renderer> renderer = Renderers.byFormat(format);
        if (renderer.isEmpty()) {
            err.println("bd render: 不支持的格式“" + format + "”；可用："
                    + Renderers.all().stream().map(Renderer::format).collect(Collectors.joining("、")));
            return Main.BAD_INPUT;
        }
        Renderer r = renderer.get();
        if (out == null && r.binary()) {
            err.println("bd render: " + r.format() + " 是二进制格式，请用 --out 指定输出文件。");
            return Main.BAD_INPUT;
        }
        Parsed<Disclosure> parsed;
        try {
            parsed = Inputs.readDisclosure(input);
        } catch (UnreadableInputException e) {
            err.println("bd render: " + input + ": " + e.reason());
            return Main.BAD_INPUT;
        }
        Diagnostics.print(parsed.diagnostics().stream()
                .filter(d -> d.severity() != org.budgetdisclosure.model.Diagnostic.Severity.NOTICE).toList(), err);
        if (out == null) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            r.render(parsed.value(), buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        if (!OutputFiles.directoryExists(out)) {
            err.println("bd render: " + out + ": 目录不存在");
            return Main.BAD_INPUT;
        }
        OutputFiles.write(out, r.extension(), os -> r.render(parsed.value(), os));
        err.println("bd render: 已写入 " + out + "（" + Files.size(out) + " 字节）");
        return Main.OK;
    }
}

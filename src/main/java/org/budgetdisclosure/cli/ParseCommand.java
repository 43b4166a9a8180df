package org.budgetdisclosure.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bd parse FILE}: reads a published disclosure and prints the model. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "读取已公开的部门预算文本，输出其模型（JSON）或摘要。读取中发现的问题写到标准错误。")
final class ParseCommand implements Callable<Integer> {

    enum Format { json, summary }

    @Parameters(paramLabel = "FILE", description = "部门预算公开文本（UTF-8 或 GB18030/GBK），或预算文件（*.json、*.xlsx，输出由它算出的模型）。")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）。")
    Format format;

    @Option(names = "--quiet", description = "不输出读取提示（notice）。")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Parsed<Disclosure> parsed;
        try {
            parsed = Inputs.readDisclosure(file);
        } catch (UnreadableInputException e) {
            spec.commandLine().getErr().println("bd parse: " + file + ": " + e.reason());
            return Main.BAD_INPUT;
        }
        var diagnostics = quiet
                ? parsed.diagnostics().stream().filter(d -> d.severity() != org.budgetdisclosure.model.Diagnostic.Severity.NOTICE).toList()
                : parsed.diagnostics();
        Diagnostics.print(diagnostics, spec.commandLine().getErr());
        if (format == Format.summary) {
            spec.commandLine().getOut().print(Summary.of(parsed.value()));
        } else {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            JsonRenderer.write(parsed.value(), buf);
            spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}

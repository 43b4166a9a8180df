package org.budgetdisclosure.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Checker;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.RuleBook;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.report.HtmlReport;
import org.budgetdisclosure.check.report.JsonReport;
import org.budgetdisclosure.check.report.TextReport;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.render.JsonRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bd check FILE…}: runs the rulebook. Exit 0 clean, 1 error findings, 2 bad usage or unreadable input. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "按规则检查已公开的部门预算：表内、表间、说明与表、绩效目标等。")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "部门预算公开文本，或预算文件（*.json、*.xlsx 填报工作簿，检查由它算出的公开文本）。")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）。")
    Format format;

    @Option(names = "--rules", split = ",", paramLabel = "PREFIX", description = "只运行编号以这些前缀开头的规则；可重复或用逗号分隔，如 --rules TREE-,XT-。")
    List<String> rules = new ArrayList<>();

    @Option(names = "--list", description = "列出规则（编号、级别、标题）。")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (RuleInfo r : RuleBook.infos()) {
                if (rules.isEmpty() || rules.stream().anyMatch(p -> r.id().startsWith(p))) {
                    out.println(r.id() + "\t" + r.severity().chinese() + "\t" + r.family().chinese() + "\t" + r.title());
                }
            }
            out.flush();
            return Main.OK;
        }
        if (files.isEmpty()) {
            err.println("bd check: 请给出要检查的文件（或用 --list 列出规则）。");
            return Main.BAD_INPUT;
        }
        Checker checker = new Checker(RuleBook.select(rules));
        boolean errors = false;
        boolean unreadable = false;
        List<Object> reports = new ArrayList<>();
        for (Path file : files) {
            Inputs.Loaded loaded;
            try {
                loaded = Inputs.load(file);
            } catch (UnreadableInputException e) {
                err.println("bd check: " + file + ": " + e.reason());
                unreadable = true;
                continue;
            }
            Parsed<Disclosure> parsed = loaded.parsed();
            List<Finding> findings = checker.check(parsed, CheckContext.forDocument(parsed.value()));
            errors |= findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
            if (format == Format.json) {
                reports.add(JsonReport.of(parsed.value().source(), findings));
            } else if (format == Format.html) {
                out.print(HtmlReport.render(parsed.value(), loaded.text().lines().toList(), findings));
            } else {
                out.print(TextReport.render(findings));
            }
        }
        if (format == Format.json) {
            out.print(JsonRenderer.toJson(reports.size() == 1 ? reports.get(0) : reports));
        }
        out.flush();
        return unreadable ? Main.BAD_INPUT : errors ? Main.FINDINGS : Main.OK;
    }
}

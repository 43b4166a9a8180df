package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.budget.xlsx.BudgetWorkbookWriter;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.budget.Budget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bd template --out FILE [--year Y | --from BUDGET]}: writes the budget data-entry workbook, blank
 * or filled from a budget file (a JSON budget moved into the workbook, or a workbook rewritten in the
 * current layout). A budget with errors is not written, since its unreadable lines would be lost.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "生成预算填报工作簿（XLSX）：空白的，或由已有预算文件（*.json、*.xlsx）填好的。")
final class TemplateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出的工作簿（*.xlsx）。")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "空白工作簿的预算年度（决定科目下拉列表；默认为内置科目表的最新年度）。")
    Integer year;

    @Option(names = "--from", paramLabel = "BUDGET", description = "用这个预算文件（*.json 或 *.xlsx）的数据填写工作簿。")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println("bd template: " + out + ": 输出文件应以 .xlsx 结尾（bd 按扩展名识别预算工作簿）");
            return Main.BAD_INPUT;
        }
        if (year != null && from != null) {
            err.println("bd template: --year 与 --from 不能同时使用（填好的工作簿用预算文件的年度）");
            return Main.BAD_INPUT;
        }
        if (!OutputFiles.directoryExists(out)) {
            err.println("bd template: " + out + ": 目录不存在");
            return Main.BAD_INPUT;
        }
        if (from == null) {
            int y = year != null ? year : Catalogs.shippedYears().last();
            OutputFiles.write(out, "xlsx", os -> BudgetWorkbookWriter.writeBlank(y, os));
        } else {
            if (!Inputs.isBudget(from)) {
                err.println("bd template: " + from + ": 不是预算文件（应为 *.json 或 *.xlsx）");
                return Main.BAD_INPUT;
            }
            Parsed<Budget> budget;
            try {
                budget = Inputs.readBudget(from);
            } catch (UnreadableInputException e) {
                err.println("bd template: " + from + ": " + e.reason());
                return Main.BAD_INPUT;
            }
            Diagnostics.print(budget.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.NOTICE).toList(), err);
            if (budget.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
                err.println("bd template: " + from + " 有错误，未写入工作簿（有错的行会丢失）；请先改正。");
                return Main.FINDINGS;
            }
            OutputFiles.write(out, "xlsx", os -> BudgetWorkbookWriter.write(budget.value(), os));
        }
        err.println("bd template: 已写入 " + out + "（" + Files.size(out) + " 字节）");
        return Main.OK;
    }
}

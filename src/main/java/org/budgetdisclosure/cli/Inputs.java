package org.budgetdisclosure.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.compute.Compute;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.ingest.budget.xlsx.BudgetXlsxReader;
import org.budgetdisclosure.model.budget.Budget;
import org.budgetdisclosure.render.MdRenderer;
import org.budgetdisclosure.ingest.text.TextDisclosureReader;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;

/** Reads an input file named on the command line, turning I/O failures into user-facing messages. */
final class Inputs {

    /** Published disclosures are a few hundred KB; anything this large is not one. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private Inputs() {
    }

    static Parsed<Disclosure> readDisclosure(Path file) throws UnreadableInputException {
        return load(file).parsed();
    }

    /** A read disclosure with the text it was read from (for reports that show the source). */
    record Loaded(Parsed<Disclosure> parsed, String text) {
    }

    /**
     * Reads a published disclosure (text), or a budget file ({@code *.json}, or the data-entry workbook
     * {@code *.xlsx}) from which the disclosure is computed. For a budget, the text is the computed
     * disclosure in the text form, so reports can show and link into it.
     */
    static Loaded load(Path file) throws UnreadableInputException {
        String name = file.getFileName().toString();
        byte[] bytes = bytes(file);
        if (isBudget(file)) {
            Parsed<Budget> budget = readBudget(name, bytes);
            Disclosure computed = Compute.compute(budget.value());
            return new Loaded(new Parsed<>(computed, budget.diagnostics()), MdRenderer.toMarkdown(computed));
        }
        TextDisclosureReader.WithText read = new TextDisclosureReader().readWithText(name, bytes);
        return new Loaded(read.parsed(), read.text());
    }

    /** A budget file, by its extension: {@code .json} or {@code .xlsx}. */
    static boolean isBudget(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".xlsx");
    }

    /** Reads a budget file (JSON or workbook, by extension). */
    static Parsed<Budget> readBudget(Path file) throws UnreadableInputException {
        return readBudget(file.getFileName().toString(), bytes(file));
    }

    private static Parsed<Budget> readBudget(String name, byte[] bytes) throws UnreadableInputException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new BudgetXlsxReader().read(name, bytes);
        }
        return new BudgetJsonReader().read(name, bytes);
    }

    static byte[] bytes(Path file) throws UnreadableInputException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException(name, "是目录，不是文件");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableInputException(name, "文件过大（超过 64 MB），不是部门预算公开文本");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(name, "文件不存在");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(name, "没有读取权限");
        } catch (IOException e) {
            throw new UnreadableInputException(name, "无法读取：" + e.getMessage());
        }
    }
}

package org.budgetdisclosure.compute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.budget.BudgetJsonReader;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.budget.Budget;

/** The example budget of examples/, read once. */
final class Examples {

    static final String NAME = "changji-gov-office-2026.budget.json";

    private static Parsed<Budget> parsed;

    private Examples() {
    }

    static synchronized Parsed<Budget> parsed() {
        if (parsed == null) {
            try {
                parsed = new BudgetJsonReader().read(NAME, Files.readAllBytes(Path.of("examples", NAME)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UnreadableInputException e) {
                throw new IllegalStateException(e);
            }
        }
        return parsed;
    }

    static Budget budget() {
        return parsed().value();
    }
}

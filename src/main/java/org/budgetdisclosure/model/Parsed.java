package org.budgetdisclosure.model;

import java.util.List;

/** A value together with what was noticed while producing it (Beancount's “entries, errors”). */
public record Parsed<T>(T value, List<Diagnostic> diagnostics) {

    public Parsed {
        diagnostics = List.copyOf(diagnostics);
    }
}

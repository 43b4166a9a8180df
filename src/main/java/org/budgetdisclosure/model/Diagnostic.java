package org.budgetdisclosure.model;

/**
 * Something a reader noticed about its input that is not a figure-level finding: a table it could
 * not recognise, a row it could not read, a section that is missing. Readers collect these instead of
 * throwing; the checker reports them with its own findings.
 *
 * @param severity how serious
 * @param code     a stable id (e.g. {@code READ-TABLE-MISSING})
 * @param message  one sentence in Chinese
 * @param at       where
 */
public record Diagnostic(Severity severity, String code, String message, SourceRef at) {

    public enum Severity {
        ERROR, WARNING, NOTICE
    }
}

package org.budgetdisclosure.catalog;

import org.budgetdisclosure.model.SourceRef;

/**
 * A catalog file that cannot be read at all: missing, not text, in an unknown encoding, or without a
 * code and a name column. A user mistake, not a bug: show {@link #getMessage()} ({@code file:line: 原因}),
 * never the stack trace. Problems of single rows are not thrown but collected (see {@link Catalogs}).
 */
public final class CatalogFileException extends Exception {

    private final transient SourceRef at;
    private final String reason;

    public CatalogFileException(SourceRef at, String reason) {
        super(at.label() + ": " + reason);
        this.at = at;
        this.reason = reason;
    }

    /** The file and, when it is about one place in it, the line. */
    public SourceRef at() {
        return at;
    }

    /** The reason alone, in Chinese. */
    public String reason() {
        return reason;
    }
}

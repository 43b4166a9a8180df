package org.budgetdisclosure.ingest;

/**
 * The input cannot be read as a disclosure at all (empty, binary, an unknown encoding, or text that
 * is not a disclosure). A user mistake, not a bug: the CLI prints {@link #getMessage()} and exits 2.
 */
public final class UnreadableInputException extends Exception {

    private final String source;
    private final String reason;

    public UnreadableInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public String source() {
        return source;
    }

    /** The reason alone, for callers that name the file themselves. */
    public String reason() {
        return reason;
    }
}

package org.budgetdisclosure.model;

/**
 * Where something was read: the file, the 1-based line and, for paginated sources, the page.
 * Generated elements (computed from a Budget) have no line.
 */
public record SourceRef(String source, Integer line, Integer page) {

    public static SourceRef line(String source, int line) {
        return new SourceRef(source, line, null);
    }

    public static SourceRef generated(String source) {
        return new SourceRef(source, null, null);
    }

    /** {@code file:line} or {@code file.pdf#p7}, the prefix editors and grep can jump to. */
    public String label() {
        StringBuilder b = new StringBuilder(source == null ? "" : source);
        if (page != null) {
            b.append("#p").append(page);
        }
        if (line != null) {
            b.append(':').append(line);
        }
        return b.toString();
    }
}

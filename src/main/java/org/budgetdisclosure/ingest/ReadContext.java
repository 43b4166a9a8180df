package org.budgetdisclosure.ingest;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Diagnostic.Severity;
import org.budgetdisclosure.model.SourceRef;

/** What a reader carries through one read: the source name and the diagnostics collected so far. */
public final class ReadContext {

    private final String source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    public ReadContext(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public SourceRef at(int line) {
        return SourceRef.line(source, line);
    }

    public void error(String code, String message, int line) {
        diagnostics.add(new Diagnostic(Severity.ERROR, code, message, line > 0 ? at(line) : SourceRef.generated(source)));
    }

    public void warning(String code, String message, int line) {
        diagnostics.add(new Diagnostic(Severity.WARNING, code, message, line > 0 ? at(line) : SourceRef.generated(source)));
    }

    public void notice(String code, String message, int line) {
        diagnostics.add(new Diagnostic(Severity.NOTICE, code, message, line > 0 ? at(line) : SourceRef.generated(source)));
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}

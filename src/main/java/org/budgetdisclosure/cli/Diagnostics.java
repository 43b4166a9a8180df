package org.budgetdisclosure.cli;

import java.io.PrintWriter;
import java.util.List;
import org.budgetdisclosure.model.Diagnostic;

/** Prints reader diagnostics in the {@code file:line: 级别 [CODE] message} form editors can jump to. */
final class Diagnostics {

    private Diagnostics() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        for (Diagnostic d : diagnostics) {
            err.println(d.at().label() + ": " + severity(d.severity()) + " [" + d.code() + "] " + d.message());
        }
        err.flush();
    }

    static String severity(Diagnostic.Severity s) {
        return switch (s) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case NOTICE -> "提示";
        };
    }
}

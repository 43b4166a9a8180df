package org.budgetdisclosure.ingest.budget;

/**
 * How a budget reader names places to the person who wrote the input. The JSON reader's diagnostics are
 * located by JSON path ({@code $.lines[3].amount}); a reader of another form that builds the same tree
 * (the XLSX workbook) maps each path to where its value was ({@code 预算明细!F7}), so both forms share one
 * set of checks and messages.
 */
public interface Places {

    /** The place of a JSON path, printed before its message. */
    String of(String path);

    /** How a top-level part of the budget ({@code names}, {@code projects}) is called in this form. */
    String part(String field);

    /** The JSON file itself: paths and field names as they are. */
    Places JSON = new Places() {
        @Override
        public String of(String path) {
            return path;
        }

        @Override
        public String part(String field) {
            return field;
        }
    };
}

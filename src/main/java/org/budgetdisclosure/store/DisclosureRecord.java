package org.budgetdisclosure.store;

import java.time.Instant;

/**
 * One stored version of a department's disclosure for a year: a draft in the workflow or an immutable
 * published version. {@code content} is the document as uploaded or edited, in {@code sourceFormat}.
 */
public record DisclosureRecord(long id, long departmentId, String departmentName, int year, String kind, Status status,
                               Integer versionNo, SourceFormat sourceFormat, String content, String title,
                               Long basedOnId, String correctionReason, String reviewComment,
                               int errorCount, int warningCount, int noticeCount, int lockVersion,
                               Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt, Instant publishedAt) {

    /** The stored content's format. */
    public enum SourceFormat {
        TEXT("text"),               // a published disclosure in the text form (what `bd parse` reads)
        BUDGET_JSON("budget-json"); // a budget file; the disclosure is computed from it

        private final String code;

        SourceFormat(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static SourceFormat ofCode(String code) {
            for (SourceFormat f : values()) {
                if (f.code.equals(code)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }
}

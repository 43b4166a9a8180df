package org.budgetdisclosure.web;

import java.util.List;
import org.budgetdisclosure.portal.CheckedDocument;
import org.budgetdisclosure.portal.Edition;
import org.budgetdisclosure.store.DisclosureRecord;

/**
 * A disclosure page: the version, its document as HTML, its check summary, the published history of
 * the same document, the charts, and the department's documents of other years (to compare with).
 *
 * @param documentHtml the document body (escaped by the document templates)
 * @param otherYears   the same department's published documents of other years, oldest first
 */
public record DisclosureView(DisclosureRecord record, CheckedDocument checked, String documentHtml,
                             List<DisclosureRecord> history, List<String> formats, ChartsView charts,
                             List<Edition> otherYears) {

    public DisclosureRecord latest() {
        return history.isEmpty() ? null : history.get(0);
    }

    public boolean superseded() {
        return latest() != null && record.versionNo() != null && latest().versionNo() > record.versionNo();
    }

    public static String formatLabel(String format) {
        return switch (format) {
            case "pdf" -> "PDF";
            case "docx" -> "Word（DOCX）";
            case "xlsx" -> "Excel（XLSX）";
            case "json" -> "JSON";
            case "md" -> "文本";
            case "html" -> "HTML";
            default -> format;
        };
    }
}

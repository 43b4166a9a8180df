package org.budgetdisclosure.portal;

import java.util.List;
import java.util.Locale;
import org.budgetdisclosure.ingest.budget.xlsx.BudgetXlsxReader;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.text.TextDecoder;
import org.budgetdisclosure.store.DisclosureRecord.SourceFormat;

/**
 * An uploaded file: a budget workbook (XLSX), a budget file (JSON) or a published disclosure (text in any of the encodings
 * the reader knows). Decided by the file name, then by the first character.
 */
public record Upload(String fileName, byte[] bytes) {

    /** Published disclosures are a few hundred KB and budget files less; this leaves room for both. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Upload {
        fileName = fileName == null || fileName.isBlank() ? "upload.txt" : fileName.strip();
    }

    /** The content as stored: the format and the text. */
    record Content(SourceFormat format, String text) {
    }

    Content content() {
        if (bytes.length == 0) {
            throw new PortalException(PortalException.Kind.INVALID, fileName + "：文件是空的");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PortalException(PortalException.Kind.TOO_LARGE,
                    fileName + "：文件过大（" + bytes.length / 1024 + " KB，上限 " + MAX_BYTES / 1024 / 1024 + " MB）");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || isZip(bytes)) {
            return workbook();
        }
        if (lower.endsWith(".xls") || lower.endsWith(".docx") || lower.endsWith(".pdf")) {
            throw new PortalException(PortalException.Kind.INVALID,
                    fileName + "：暂不支持此格式，请上传预算填报工作簿（.xlsx）、预算数据（.json）或公开文本（.txt）");
        }
        String text;
        try {
            text = TextDecoder.decode(fileName, bytes).text();
        } catch (UnreadableInputException e) {
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
        boolean json = lower.endsWith(".json") || text.stripLeading().startsWith("{");
        return new Content(json ? SourceFormat.BUDGET_JSON : SourceFormat.TEXT, text);
    }

    private static boolean isZip(byte[] b) {
        return b.length > 3 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /**
     * A budget workbook becomes the budget file it stands for. A cell that cannot be read would be lost
     * in that conversion, so such a workbook is refused with the cells named.
     */
    private Content workbook() {
        Parsed<String> json;
        List<Diagnostic> diagnostics;
        try {
            json = new BudgetXlsxReader().toJson(fileName, bytes);
            // read as a budget too: its diagnostics name the sheet and cell, which the JSON would lose
            diagnostics = new BudgetXlsxReader().read(fileName, bytes).diagnostics();
        } catch (UnreadableInputException e) {
            throw new PortalException(PortalException.Kind.INVALID, e.getMessage());
        }
        List<String> errors = diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::message).toList();
        if (!errors.isEmpty()) {
            throw new PortalException(PortalException.Kind.INVALID, fileName + "：" + errors.size() + " 个单元格有误："
                    + String.join("；", errors.subList(0, Math.min(5, errors.size()))) + (errors.size() > 5 ? "……" : ""));
        }
        return new Content(SourceFormat.BUDGET_JSON, json.value());
    }
}

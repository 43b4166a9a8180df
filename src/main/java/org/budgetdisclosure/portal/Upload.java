package org.budgetdisclosure.portal;

import java.util.Locale;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.ingest.text.TextDecoder;
import org.budgetdisclosure.store.DisclosureRecord.SourceFormat;

/**
 * An uploaded file: a budget file (JSON) or a published disclosure (text in any of the encodings
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
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".docx") || lower.endsWith(".pdf")) {
            throw new PortalException(PortalException.Kind.INVALID,
                    fileName + "：暂不支持此格式，请上传预算数据 JSON 文件或公开文本（.txt）");
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
}

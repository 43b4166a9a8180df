package org.budgetdisclosure.catalog;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.budgetdisclosure.model.SourceRef;

/**
 * Decodes a catalog file whose encoding is not declared. Catalogs come from Excel as UTF-8 CSV (often
 * with a BOM), as GBK/GB18030 CSV (Excel's default “CSV” on Chinese Windows) or as UTF-16 “Unicode
 * text”. Strict UTF-8 goes first: GBK bytes are almost never valid UTF-8, while GB18030 accepts
 * nearly anything. (ingest has its own decoder; the catalog may not depend on ingest.)
 */
final class CatalogText {

    /** GB18030 is a superset of GBK and GB2312, so one decoder covers all three. */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CatalogText() {
    }

    static String decode(String source, byte[] bytes) throws CatalogFileException {
        SourceRef at = SourceRef.generated(source);
        if (bytes.length == 0) {
            throw new CatalogFileException(at, "文件为空");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            throw new CatalogFileException(at, "这是 Excel 工作簿（.xlsx），请在 Excel 中另存为 CSV（UTF-8 或 GBK）后再加载");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CatalogFileException(at, "这是旧版 Excel 工作簿（.xls），请在 Excel 中另存为 CSV（UTF-8 或 GBK）后再加载");
        }
        Optional<String> text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(Arrays.copyOfRange(bytes, 2, bytes.length), StandardCharsets.UTF_16BE);
        } else {
            text = strict(bytes, StandardCharsets.UTF_8).or(() -> strict(bytes, GB18030));
        }
        if (text.isEmpty()) {
            throw new CatalogFileException(at, "无法识别文件编码：既不是 UTF-8，也不是 GBK/GB18030");
        }
        if (text.get().indexOf('\0') >= 0) {
            throw new CatalogFileException(at, "文件含有空字符，是二进制文件而不是 CSV 文本");
        }
        return text.get();
    }

    private static Optional<String> strict(byte[] bytes, Charset cs) {
        try {
            return Optional.of(cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package org.budgetdisclosure.catalog;

/**
 * The key under which classification names are compared. Printed names differ from the catalog's in
 * ways that carry no meaning: PDF conversion leaves a space where a line wrapped inside a word
 * ({@code 相关机 构}), tools mix half-width and full-width brackets ({@code 政府办公厅(室)} /
 * {@code 政府办公厅（室）}) and full-width digits or letters. Chinese names have no spaces of their own,
 * so every space can go.
 *
 * <p>Lives in the catalog package (not in ingest's {@code Texts}) because the catalog may depend on
 * the model only; readers may call it, the reverse would be a cycle.
 */
public final class Names {

    private Names() {
    }

    /** {@code 政府办公厅(室)及相关机 构事务} and {@code 政府办公厅（室）及相关机构事务} give the same key. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                continue;
            }
            switch (c) {
                case '(' -> b.append('（');
                case ')' -> b.append('）');
                case '[', '［', '【' -> b.append('〔');
                case ']', '］', '】' -> b.append('〕');
                case ':' -> b.append('：');
                case ',' -> b.append('，');
                case ';' -> b.append('；');
                case '"', '＂', '“', '”', '「', '」' -> b.append('"');
                case '\'', '＇', '‘', '’' -> b.append('\'');
                default -> b.append(foldFullWidthAlnum(c));
            }
        }
        return b.toString();
    }

    /** Full-width digits and Latin letters (０–９, Ａ–Ｚ, ａ–ｚ) become ASCII; the rest is kept. */
    private static char foldFullWidthAlnum(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}

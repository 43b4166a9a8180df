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
        // most names are their own key: copy only from the first character that changes
        int first = 0;
        while (first < name.length() && keyChar(name.charAt(first)) == name.charAt(first)) {
            first++;
        }
        if (first == name.length()) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length()).append(name, 0, first);
        for (int i = first; i < name.length(); i++) {
            int k = keyChar(name.charAt(i));
            if (k >= 0) {
                b.append((char) k);
            }
        }
        return b.toString();
    }

    /** The character {@code c} becomes in a key; -1 when the key leaves it out. */
    private static int keyChar(char c) {
        if (c >= '\u4e00' && c <= '\u9fff') {
            return c; // a CJK ideograph, most of any name: spare the Character look-ups below
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
            return -1;
        }
        return switch (c) {
            case '(' -> '（';
            case ')' -> '）';
            case '[', '［', '【' -> '〔';
            case ']', '］', '】' -> '〕';
            case ':' -> '：';
            case ',' -> '，';
            case ';' -> '；';
            case '"', '＂', '“', '”', '「', '」' -> '"';
            case '\'', '＇', '‘', '’' -> '\'';
            default -> foldFullWidthAlnum(c);
        };
    }

    /** Full-width digits and Latin letters (０–９, Ａ–Ｚ, ａ–ｚ) become ASCII; the rest is kept. */
    private static char foldFullWidthAlnum(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xFEE0);
        }
        return c;
    }
}

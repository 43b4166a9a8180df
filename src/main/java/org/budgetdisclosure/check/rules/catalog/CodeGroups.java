package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.NameCheck;
import org.budgetdisclosure.catalog.Names;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.CodeIndex;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;

/**
 * The well-formed coded rows ({@link CodeForm#problem} null) grouped by code, and within a code by
 * spelling (the name's {@link Names#key}), both in order of first printing, with the catalog's verdict
 * on each spelling. Three rules read the same groups (CAT-CODE-UNKNOWN per code, CAT-NAME-CATALOG per
 * code and spelling, CAT-NAME-TABLES per code with several spellings). Built once per check ({@link #of}).
 *
 * <p>Held in arrays by id (codes and spellings numbered in order of first printing), keeping of each
 * spelling only its first row: the rules report at the first row and name the others only in a finding,
 * so the rows of a code or spelling are found again then ({@link #rowsOfCode}, {@link #rowsOfSpelling}).
 * An object and a list per row, code and spelling were most of what a check allocated for these rules.
 */
final class CodeGroups {

    private static final Object KEY = new Object();
    private static final int NONE = -1;

    private final Disclosure document;
    /**
     * The well-formed codes, ids in order of first printing. One index serves both schemes: a well-formed
     * function code's 类 is 201–234 and an economic one's 301–399, so no code is well formed in both.
     */
    private final CodeIndex codes;
    /** Per code id: its first spelling's id (whose first row is the code's first row), and how many it has. */
    private final int[] firstSpelling;
    private final int[] spellingCount;
    /** Per spelling id: the name key, the code's id, the code's next spelling (or -1), and the first row printing it. */
    private final String[] key;
    private final int[] codeOf;
    private final int[] nextOfCode;
    private final Table[] firstTable;
    private final Row[] firstRow;
    private int spellings;
    /** The catalog the verdicts were asked of (the context's), and the verdict on each spelling; none without a catalog. */
    private final Catalog catalog;
    private final NameCheck[] verdict;

    private CodeGroups(Disclosure d, Catalog catalog) {
        this.document = d;
        this.catalog = catalog;
        int coded = 0;
        for (Table t : d.tables()) {
            List<Row> rows = t.rows();
            for (int i = 0; i < rows.size(); i++) {
                coded += scheme(rows.get(i)) == null ? 0 : 1;
            }
        }
        codes = new CodeIndex(coded);
        firstSpelling = new int[coded];
        spellingCount = new int[coded];
        key = new String[coded];
        codeOf = new int[coded];
        nextOfCode = new int[coded];
        firstTable = new Table[coded];
        firstRow = new Row[coded];
        for (Table t : d.tables()) {
            List<Row> rows = t.rows();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Scheme scheme = scheme(r);
                if (scheme != null && CodeForm.wellFormed(scheme, r.code())) { // the others are CAT-CODE-FORM's
                    add(t, r);
                }
            }
        }
        verdict = catalog == null ? null : new NameCheck[spellings];
        for (int s = 0; catalog != null && s < spellings; s++) {
            verdict[s] = catalog.classification(scheme(firstRow[s])).checkKey(firstRow[s].code(), key[s]);
        }
    }

    /** Files a row under its code and spelling. */
    private void add(Table t, Row r) {
        int before = codes.size();
        int code = codes.add(r.code());
        String printed = name(r);
        if (code == before) { // a new code: its first spelling
            firstSpelling[code] = newSpelling(code, Names.key(printed), t, r);
            spellingCount[code] = 1;
            return;
        }
        // a code printed again (most are, table after table) is mostly printed as it was first: a name
        // printed the same has the same key, and comparing the names spares working the key out
        for (int s = firstSpelling[code]; s != NONE; s = nextOfCode[s]) {
            if (name(firstRow[s]).equals(printed)) {
                return;
            }
        }
        String k = Names.key(printed);
        int s = firstSpelling[code];
        while (!key[s].equals(k)) {
            if (nextOfCode[s] == NONE) {
                nextOfCode[s] = newSpelling(code, k, t, r);
                spellingCount[code]++;
                return;
            }
            s = nextOfCode[s];
        }
    }

    private int newSpelling(int code, String k, Table t, Row r) {
        int s = spellings++;
        key[s] = k;
        codeOf[s] = code;
        nextOfCode[s] = NONE;
        firstTable[s] = t;
        firstRow[s] = r;
        return s;
    }

    /** The groups of {@code d}'s coded rows, made by the first rule to ask. */
    static CodeGroups of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, x -> new CodeGroups(x, ctx.catalog()));
    }

    /**
     * The scheme of a row's code: function for FUNCTION rows and for PROJECT rows (a project sits under its
     * function code), economic for ECONOMIC rows; null for a row without a code or of another kind.
     */
    static Scheme scheme(Row r) {
        if (r.code() == null || r.code().isEmpty()) {
            return null;
        }
        RowKind kind = r.kind();
        return kind == RowKind.FUNCTION || kind == RowKind.PROJECT ? Scheme.FUNCTION
                : kind == RowKind.ECONOMIC ? Scheme.ECONOMIC : null;
    }

    /** The classification name as printed (for a project row, the name beside the project's); empty when none. */
    static String name(Row r) {
        return r.name() == null ? "" : r.name();
    }

    /** How many well-formed codes: ids 0 up to this, in order of first printing. */
    int codeCount() {
        return codes.size();
    }

    /** How many spellings of all codes: ids 0 up to this, in order of first printing. */
    int spellingCount() {
        return spellings;
    }

    /** The first spelling of a code (its first row is where a finding about the code is reported). */
    int firstSpelling(int code) {
        return firstSpelling[code];
    }

    /** How many spellings a code is printed with (the empty key, a row printed without a name, is one of them). */
    int spellingsOf(int code) {
        return spellingCount[code];
    }

    /** The code's next spelling in order of first printing, or -1. */
    int nextSpelling(int spelling) {
        return nextOfCode[spelling];
    }

    /** The spelling's name key; empty for rows printed without a name. */
    String key(int spelling) {
        return key[spelling];
    }

    /** The first row printing a spelling, and its table. */
    CodedRow first(int spelling) {
        return new CodedRow(firstTable[spelling], firstRow[spelling]);
    }

    /** What the catalog says of a spelling's code and name. */
    NameCheck check(int spelling, Catalog c) {
        if (c == catalog && verdict != null) {
            return verdict[spelling];
        }
        return c.classification(scheme(firstRow[spelling])).checkKey(firstRow[spelling].code(), key[spelling]);
    }

    /** Every row printing the code, in printed order: for a finding. */
    List<CodedRow> rowsOfCode(int code) {
        return rows(codes.code(code), null);
    }

    /** Every row printing the spelling, in printed order: for a finding. */
    List<CodedRow> rowsOfSpelling(int spelling) {
        return rows(codes.code(codeOf[spelling]), key[spelling]);
    }

    /** The well-formed rows printing {@code code}, with the name key {@code k} unless that is null. */
    private List<CodedRow> rows(String code, String k) {
        List<CodedRow> out = new ArrayList<>();
        for (Table t : document.tables()) {
            for (Row r : t.rows()) {
                Scheme scheme = scheme(r);
                if (scheme != null && r.code().equals(code) && CodeForm.wellFormed(scheme, code)
                        && (k == null || Names.key(name(r)).equals(k))) {
                    out.add(new CodedRow(t, r));
                }
            }
        }
        return out;
    }
}

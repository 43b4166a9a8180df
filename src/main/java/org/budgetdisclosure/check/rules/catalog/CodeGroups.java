package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Disclosure;

/**
 * The well-formed coded rows ({@link CodedRow#problem()} null) grouped by code, and within a code by
 * spelling (the name's key), both in order of first printing. Three rules read the same groups
 * (CAT-CODE-UNKNOWN per code, CAT-NAME-CATALOG per code and spelling, CAT-NAME-TABLES per code with
 * several spellings): each grouping the rows itself, in its own map of record keys, was most of their time.
 * Built once per check ({@link #of}).
 */
final class CodeGroups {

    private static final Object KEY = new Object();

    /** The rows printing one code of one scheme, in printed order, and their spellings. */
    static final class Code {

        private final List<CodedRow> rows = new ArrayList<>(4);
        private final List<Spelling> spellings = new ArrayList<>(1);

        /** In printed order; the first is where a finding about the code is reported. */
        List<CodedRow> rows() {
            return rows;
        }

        /** In order of first printing; the empty key (a row printed without a name) is one of them. */
        List<Spelling> spellings() {
            return spellings;
        }

        private Spelling spelling(String key) {
            for (Spelling s : spellings) {
                if (s.key.equals(key)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The rows printing one code with one name key, in printed order. */
    static final class Spelling {

        private final String key;
        private final List<CodedRow> rows = new ArrayList<>(4);

        private Spelling(String key) {
            this.key = key;
        }

        /** The name's {@link org.budgetdisclosure.catalog.Names#key}; empty for rows printed without a name. */
        String key() {
            return key;
        }

        List<CodedRow> rows() {
            return rows;
        }
    }

    private final List<Code> codes = new ArrayList<>();
    private final List<Spelling> spellings = new ArrayList<>();

    private CodeGroups(List<CodedRow> all) {
        Map<Scheme, Map<String, Code>> byScheme = new EnumMap<>(Scheme.class);
        for (CodedRow c : all) {
            if (c.problem() != null) {
                continue; // CAT-CODE-FORM's
            }
            Map<String, Code> byCode = byScheme.computeIfAbsent(c.scheme(), s -> new HashMap<>(all.size() * 2));
            Code code = byCode.get(c.code());
            if (code == null) {
                code = new Code();
                byCode.put(c.code(), code);
                codes.add(code);
            }
            code.rows.add(c);
            Spelling s = code.spelling(c.nameKey());
            if (s == null) {
                s = new Spelling(c.nameKey());
                code.spellings.add(s);
                spellings.add(s);
            }
            s.rows.add(c);
        }
    }

    /** The groups of {@code d}'s coded rows, made by the first rule to ask. */
    static CodeGroups of(Disclosure d, CheckContext ctx) {
        return ctx.shared(d, KEY, x -> new CodeGroups(CodedRow.all(x, ctx)));
    }

    /** Every well-formed code, in order of first printing. */
    List<Code> codes() {
        return codes;
    }

    /** Every code and spelling, in order of first printing. */
    List<Spelling> spellings() {
        return spellings;
    }
}

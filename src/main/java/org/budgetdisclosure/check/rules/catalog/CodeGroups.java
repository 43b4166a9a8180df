package org.budgetdisclosure.check.rules.catalog;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.CodeIndex;
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
        /** The first spelling, and the others (null while there are none: the usual code has one). */
        private final Spelling first;
        private List<Spelling> more;

        private Code(String key) {
            first = new Spelling(key, rows); // its rows are the code's while it is the only spelling
        }

        /** In printed order; the first is where a finding about the code is reported. */
        List<CodedRow> rows() {
            return rows;
        }

        /** In order of first printing; the empty key (a row printed without a name) is one of them. */
        List<Spelling> spellings() {
            if (more == null) {
                return List.of(first);
            }
            List<Spelling> all = new ArrayList<>(more.size() + 1);
            all.add(first);
            all.addAll(more);
            return all;
        }

        /** How many spellings the code is printed with. */
        int spellingCount() {
            return more == null ? 1 : more.size() + 1;
        }

        /** Adds a row with its spelling; returns the spelling when it is a new one. */
        private Spelling add(CodedRow c) {
            String key = c.nameKey();
            Spelling s = first.key.equals(key) ? first : null;
            if (s == null && more != null) {
                for (Spelling m : more) {
                    if (m.key.equals(key)) {
                        s = m;
                        break;
                    }
                }
            }
            Spelling added = null;
            if (s == null) {
                if (more == null) { // the first spelling gets a list of its own: the rows so far are all its
                    more = new ArrayList<>(2);
                    first.rows = new ArrayList<>(rows);
                }
                s = new Spelling(key, new ArrayList<>(2));
                more.add(s);
                added = s;
            }
            rows.add(c);
            if (s.rows != rows) {
                s.rows.add(c);
            }
            return added;
        }
    }

    /** The rows printing one code with one name key, in printed order. */
    static final class Spelling {

        private final String key;
        private List<CodedRow> rows;

        private Spelling(String key, List<CodedRow> rows) {
            this.key = key;
            this.rows = rows;
        }

        /** The name's {@link org.budgetdisclosure.catalog.Names#key}; empty for rows printed without a name. */
        String key() {
            return key;
        }

        List<CodedRow> rows() {
            return rows;
        }
    }

    private final List<Code> codes;
    private final List<Spelling> spellings;

    /**
     * Codes are told apart by a {@link CodeIndex} per scheme (ids in order of first printing, so the id is
     * the place in {@link #codes} of that scheme's codes), not a HashMap entry per code.
     */
    private CodeGroups(List<CodedRow> all) {
        int function = 0;
        for (CodedRow c : all) {
            function += c.scheme() == Scheme.FUNCTION ? 1 : 0;
        }
        codes = new ArrayList<>(all.size());
        spellings = new ArrayList<>(all.size());
        CodeIndex functionCodes = new CodeIndex(function);
        CodeIndex economicCodes = new CodeIndex(all.size() - function);
        List<Code> functionGroups = new ArrayList<>(function);
        List<Code> economicGroups = new ArrayList<>(all.size() - function);
        for (CodedRow c : all) {
            if (c.problem() != null) {
                continue; // CAT-CODE-FORM's
            }
            boolean isFunction = c.scheme() == Scheme.FUNCTION;
            CodeIndex index = isFunction ? functionCodes : economicCodes;
            List<Code> groups = isFunction ? functionGroups : economicGroups;
            int id = index.add(c.code());
            Code code;
            if (id == groups.size()) {
                code = new Code(c.nameKey());
                groups.add(code);
                codes.add(code);
                spellings.add(code.first);
            } else {
                code = groups.get(id);
            }
            Spelling added = code.add(c);
            if (added != null) {
                spellings.add(added);
            }
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

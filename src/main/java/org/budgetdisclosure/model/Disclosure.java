package org.budgetdisclosure.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A published disclosure exactly as printed, mistakes included: the document the readers produce,
 * the checker reads and the renderers print.
 *
 * @param source      the file (or generator) it came from
 * @param header      the cover
 * @param overview    part 1
 * @param tables      part 2, in printed order; a table that was not found is absent
 * @param explanation part 3
 * @param targets     the performance target tables printed in part 3
 * @param glossary    part 4
 */
public record Disclosure(String source, DocumentHeader header, Overview overview, List<Table> tables,
                         Explanation explanation, Targets targets, List<GlossaryTerm> glossary) {

    public Disclosure {
        tables = List.copyOf(tables);
        glossary = List.copyOf(glossary);
    }

    public Optional<Table> table(TableId id) {
        return tables.stream().filter(t -> t.id() == id).findFirst();
    }

    /** A copy with one table replaced (or added); used by mutation tests and editors. */
    public Disclosure withTable(Table table) {
        List<Table> copy = new ArrayList<>();
        boolean replaced = false;
        for (Table t : tables) {
            if (t.id() == table.id()) {
                copy.add(table);
                replaced = true;
            } else {
                copy.add(t);
            }
        }
        if (!replaced) {
            copy.add(table);
        }
        return new Disclosure(source, header, overview, copy, explanation, targets, glossary);
    }

    public Disclosure withExplanation(Explanation e) {
        return new Disclosure(source, header, overview, tables, e, targets, glossary);
    }

    public Disclosure withTargets(Targets t) {
        return new Disclosure(source, header, overview, tables, explanation, t, glossary);
    }
}

package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;

/**
 * Builds facts from stated figures and merges the statements of one subject within a section.
 *
 * <p>Why merge: section 10 states each “三公” amount in one sentence and its change and reason in the
 * next (“…公务用车运行维护费 64.00 万元…。…公务用车运行维护费增加 5.00 万元，增长 8.47%，主要原因是…”).
 * One fact per (section, subject) lets a checker compare a subject's amount, change and reason without
 * pairing statements itself. Two statements merge only when they do not contradict each other (no field
 * stated in both with different values); otherwise both are kept, so a document that states two different
 * amounts for one subject shows both. A merged fact keeps the line of its first statement.
 */
final class Facts {

    private Facts() {
    }

    static Fact of(int section, Subject subject, StatedFigure f, ReadContext ctx) {
        return of(section, subject, f, ctx.at(f.line()));
    }

    /** {@link #of(int, Subject, StatedFigure, ReadContext)} with the place of the figure's line given. */
    static Fact of(int section, Subject subject, StatedFigure f, SourceRef at) {
        // the change keeps its own line: merged facts take amount and change from different statements
        return new Fact(section, subject, f.amount(), f.notArranged(), f.share(),
                f.change() == null ? null : f.change().at(at), f.reason(), f.purpose(), at);
    }

    static List<Fact> merge(List<Fact> facts) {
        List<Fact> out = new ArrayList<>();
        mergeInto(facts, out);
        return out;
    }

    /**
     * {@link #merge}{@code (facts)} added to the end of {@code out}, without a list of its own: a fact
     * merges only with those this call added (the facts of one section), not with those before them.
     */
    static void mergeInto(List<Fact> facts, List<Fact> out) {
        int first = out.size();
        for (int k = 0; k < facts.size(); k++) {
            Fact f = facts.get(k);
            int i = indexOfCompatible(out, first, f);
            if (i < 0) {
                out.add(f);
            } else {
                out.set(i, combine(out.get(i), f));
            }
        }
    }

    private static int indexOfCompatible(List<Fact> out, int first, Fact f) {
        if (f.subject().kind() == SubjectKind.UNKNOWN) {
            return -1;
        }
        for (int i = first; i < out.size(); i++) {
            Fact o = out.get(i);
            if (o.section() == f.section() && o.subject().kind() == f.subject().kind()
                    && Objects.equals(o.subject().key(), f.subject().key()) && compatible(o, f)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean compatible(Fact a, Fact b) {
        return agree(a.amount(), b.amount()) && a.notArranged() == b.notArranged() && agree(a.sharePercent(), b.sharePercent())
                && agree(a.change(), b.change()) && agree(a.reason(), b.reason()) && agree(a.purpose(), b.purpose());
    }

    private static boolean agree(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }

    private static Fact combine(Fact a, Fact b) {
        Change change = a.change() != null ? a.change() : b.change();
        return new Fact(a.section(), a.subject(), first(a.amount(), b.amount()), a.notArranged(),
                first(a.sharePercent(), b.sharePercent()), change, first(a.reason(), b.reason()),
                first(a.purpose(), b.purpose()), a.at());
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}

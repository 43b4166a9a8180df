package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.model.Change;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.OtherMatters;
import org.budgetdisclosure.model.Procurement;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.SubjectKind;

/** Named one-place edits of the sample's part 3, for the prose and plausibility rule tests. */
public final class ProseMutations {

    private ProseMutations() {
    }

    /** The sample with one piece of its text replaced (it must occur exactly once), read again. */
    public static Disclosure sampleEdited(String from, String to) {
        String text = Samples.sampleText();
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of “%s”", from).hasSize(2);
        return Samples.read(Samples.SAMPLE_NAME, text.replace(from, to)).value();
    }

    /** The one fact of a section about a subject. */
    public static Fact fact(Disclosure d, int section, SubjectKind kind, String key) {
        List<Fact> found = d.explanation().facts().stream()
                .filter(f -> f.section() == section && f.subject().kind() == kind && key.equals(f.subject().key())).toList();
        assertThat(found).as("facts of §%d %s %s", section, kind, key).hasSize(1);
        return found.get(0);
    }

    /** The disclosure with the one fact matching {@code which} edited. */
    public static Disclosure withFact(Disclosure d, Predicate<Fact> which, UnaryOperator<Fact> edit) {
        Explanation e = d.explanation();
        List<Fact> facts = new ArrayList<>(e.facts());
        int hits = 0;
        for (int i = 0; i < facts.size(); i++) {
            if (which.test(facts.get(i))) {
                facts.set(i, edit.apply(facts.get(i)));
                hits++;
            }
        }
        assertThat(hits).as("facts edited").isEqualTo(1);
        return d.withExplanation(new Explanation(e.sections(), facts, e.lists(), e.projects(), e.other()));
    }

    public static Disclosure withFact(Disclosure d, int section, SubjectKind kind, String key, UnaryOperator<Fact> edit) {
        return withFact(d, f -> f.section() == section && f.subject().kind() == kind && key.equals(f.subject().key()), edit);
    }

    public static Fact withChange(Fact f, Change c) {
        return new Fact(f.section(), f.subject(), f.amount(), f.notArranged(), f.sharePercent(), c, f.reason(), f.purpose(), f.at());
    }

    public static Fact withReason(Fact f, String reason) {
        return new Fact(f.section(), f.subject(), f.amount(), f.notArranged(), f.sharePercent(), f.change(), reason, f.purpose(), f.at());
    }

    /** The disclosure with the project of that name edited. */
    public static Disclosure withProject(Disclosure d, String name, UnaryOperator<ProjectDescription> edit) {
        Explanation e = d.explanation();
        List<ProjectDescription> projects = new ArrayList<>();
        for (ProjectDescription p : e.projects()) {
            projects.add(p.name().equals(name) ? edit.apply(p) : p);
        }
        assertThat(projects).isNotEqualTo(e.projects());
        return d.withExplanation(new Explanation(e.sections(), e.facts(), e.lists(), projects, e.other()));
    }

    public static Disclosure withProcurement(Disclosure d, UnaryOperator<Procurement> edit) {
        Explanation e = d.explanation();
        OtherMatters o = e.other();
        OtherMatters edited = new OtherMatters(edit.apply(o.procurement()), o.assets(), o.performance(), o.otherNotes());
        return d.withExplanation(new Explanation(e.sections(), e.facts(), e.lists(), e.projects(), edited));
    }
}

package org.budgetdisclosure.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.NamedList;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;

/** Collects part 3 as it is written: sections of paragraphs, and the facts and lists they state. */
final class ProseBook {

    private final SourceRef at;
    private final List<Section> sections = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<NamedList> lists = new ArrayList<>();
    private List<Paragraph> current;
    private int number;
    private String title;

    ProseBook(SourceRef at) {
        this.at = at;
    }

    void section(int n, String heading) {
        close();
        number = n;
        title = heading;
        current = new ArrayList<>();
    }

    void heading(String text) {
        current.add(new Paragraph(text, true, at));
    }

    void paragraph(String text) {
        current.add(new Paragraph(text, false, at));
    }

    void fact(SubjectKind kind, String key, String text, Money amount, BigDecimal share, ChangeText change, String purpose) {
        ChangeText c = change == null ? ChangeText.NONE : change;
        facts.add(new Fact(number, new Subject(kind, key, text), amount, false, share, c.change(), c.factReason(), purpose, at));
    }

    void notArranged(SubjectKind kind, String key, String text) {
        facts.add(new Fact(number, new Subject(kind, key, text), null, true, null, null, null, null, at));
    }

    void list(String label, List<String> items) {
        lists.add(new NamedList(number, label, items, at));
    }

    private void close() {
        if (current != null) {
            sections.add(new Section(number, title, current, at));
        }
        current = null;
    }

    List<Section> sections() {
        close();
        return List.copyOf(sections);
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }

    List<NamedList> lists() {
        return List.copyOf(lists);
    }
}

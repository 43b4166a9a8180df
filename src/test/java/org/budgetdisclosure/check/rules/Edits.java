package org.budgetdisclosure.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Mutations;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.model.DepartmentTarget;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Indicator;
import org.budgetdisclosure.model.IndicatorValue;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Operator;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.Targets;

/**
 * Named edits of the parsed sample's targets, part 3 and table rows, for the target, completeness and
 * catalog rule tests (STYLE.md: start from the sample, apply one named mutation). The model is
 * immutable, so each edit builds modified copies.
 */
public final class Edits {

    private Edits() {
    }

    /** The findings {@code rule} gives on {@code edited} that it does not give on {@code original}. */
    public static List<Finding> newFindings(Rule rule, Disclosure original, Disclosure edited) {
        List<Finding> before = Mutations.run(rule, original);
        List<Finding> after = new ArrayList<>(Mutations.run(rule, edited));
        before.forEach(after::remove);
        return after;
    }

    // ---- targets

    public static Disclosure project(Disclosure d, String name, UnaryOperator<ProjectTarget> edit) {
        List<ProjectTarget> list = new ArrayList<>();
        boolean found = false;
        for (ProjectTarget p : d.targets().projects()) {
            if (name.equals(p.projectName())) {
                list.add(edit.apply(p));
                found = true;
            } else {
                list.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no target table for " + name);
        }
        return d.withTargets(new Targets(d.targets().department(), list));
    }

    public static Disclosure withoutProject(Disclosure d, String name) {
        List<ProjectTarget> list = d.targets().projects().stream().filter(p -> !name.equals(p.projectName())).toList();
        return d.withTargets(new Targets(d.targets().department(), list));
    }

    public static Disclosure department(Disclosure d, UnaryOperator<DepartmentTarget> edit) {
        return d.withTargets(new Targets(edit.apply(d.targets().department()), d.targets().projects()));
    }

    public static ProjectTarget budget(ProjectTarget p, String total, String fiscal, String other) {
        return new ProjectTarget(p.year(), p.unit(), p.projectName(), p.manager(), money(total), money(fiscal), money(other),
                p.goal(), p.indicators(), p.at());
    }

    public static ProjectTarget renamed(ProjectTarget p, String name) {
        return new ProjectTarget(p.year(), p.unit(), name, p.manager(), p.budgetTotal(), p.fiscal(), p.other(),
                p.goal(), p.indicators(), p.at());
    }

    public static ProjectTarget indicator(ProjectTarget p, String level3, UnaryOperator<Indicator> edit) {
        return new ProjectTarget(p.year(), p.unit(), p.projectName(), p.manager(), p.budgetTotal(), p.fiscal(), p.other(),
                p.goal(), editIndicators(p.indicators(), level3, edit), p.at());
    }

    public static DepartmentTarget indicator(DepartmentTarget t, String level3, UnaryOperator<Indicator> edit) {
        return new DepartmentTarget(t.year(), t.department(), t.contact(), t.phone(), t.goal(), t.superiorFunds(), t.ownFunds(),
                t.otherFunds(), t.total(), editIndicators(t.indicators(), level3, edit), t.at());
    }

    public static DepartmentTarget funds(DepartmentTarget t, String superior, String own, String other, String total) {
        return new DepartmentTarget(t.year(), t.department(), t.contact(), t.phone(), t.goal(), money(superior), money(own),
                money(other), money(total), t.indicators(), t.at());
    }

    private static List<Indicator> editIndicators(List<Indicator> list, String level3, UnaryOperator<Indicator> edit) {
        List<Indicator> out = new ArrayList<>();
        boolean found = false;
        for (Indicator i : list) {
            if (level3.equals(i.level3())) {
                out.add(edit.apply(i));
                found = true;
            } else {
                out.add(i);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no indicator " + level3);
        }
        return out;
    }

    public static Indicator value(Indicator i, String raw, Operator op, String number, String unit) {
        return new Indicator(i.level1(), i.level2(), i.level3(), new IndicatorValue(raw, op, number == null ? null : new BigDecimal(number), unit),
                i.basis(), i.lastYear(), i.weight(), i.scoringRule(), i.evidence(), i.at());
    }

    public static Indicator weight(Indicator i, String weight) {
        return new Indicator(i.level1(), i.level2(), i.level3(), i.value(), i.basis(), i.lastYear(),
                weight == null ? null : new BigDecimal(weight), i.scoringRule(), i.evidence(), i.at());
    }

    public static Indicator named(Indicator i, String level3) {
        return new Indicator(i.level1(), i.level2(), level3, i.value(), i.basis(), i.lastYear(), i.weight(), i.scoringRule(),
                i.evidence(), i.at());
    }

    // ---- part 3

    public static Disclosure explanation(Disclosure d, UnaryOperator<Explanation> edit) {
        return d.withExplanation(edit.apply(d.explanation()));
    }

    public static Disclosure description(Disclosure d, String name, UnaryOperator<ProjectDescription> edit) {
        Explanation e = d.explanation();
        List<ProjectDescription> list = e.projects().stream().map(p -> name.equals(p.name()) ? edit.apply(p) : p).toList();
        return d.withExplanation(new Explanation(e.sections(), e.facts(), e.lists(), list, e.other()));
    }

    public static Disclosure withoutDescription(Disclosure d, String name) {
        Explanation e = d.explanation();
        List<ProjectDescription> list = e.projects().stream().filter(p -> !name.equals(p.name())).toList();
        return d.withExplanation(new Explanation(e.sections(), e.facts(), e.lists(), list, e.other()));
    }

    public static ProjectDescription renamed(ProjectDescription p, String name) {
        return new ProjectDescription(name, p.policyBasis(), p.amount(), p.unit(), p.allocationText(), p.statedTotal(),
                p.allocation(), p.executionPeriod(), p.start(), p.end(), p.at());
    }

    public static Disclosure section(Disclosure d, int number, UnaryOperator<Section> edit) {
        Explanation e = d.explanation();
        List<Section> list = e.sections().stream().map(s -> s.number() == number ? edit.apply(s) : s).toList();
        return d.withExplanation(new Explanation(list, e.facts(), e.lists(), e.projects(), e.other()));
    }

    public static Disclosure withoutFacts(Disclosure d, Predicate<Fact> drop) {
        Explanation e = d.explanation();
        return d.withExplanation(new Explanation(e.sections(), e.facts().stream().filter(drop.negate()).toList(), e.lists(),
                e.projects(), e.other()));
    }

    public static Disclosure facts(Disclosure d, Predicate<Fact> which, UnaryOperator<Fact> edit) {
        Explanation e = d.explanation();
        return d.withExplanation(new Explanation(e.sections(), e.facts().stream().map(f -> which.test(f) ? edit.apply(f) : f).toList(),
                e.lists(), e.projects(), e.other()));
    }

    public static Disclosure withGlossary(Disclosure d, List<GlossaryTerm> terms) {
        return new Disclosure(d.source(), d.header(), d.overview(), d.tables(), d.explanation(), d.targets(), terms);
    }

    // ---- tables

    public static Disclosure withoutTable(Disclosure d, TableId id) {
        return new Disclosure(d.source(), d.header(), d.overview(), d.tables().stream().filter(t -> t.id() != id).toList(),
                d.explanation(), d.targets(), d.glossary());
    }

    public static Disclosure rows(Disclosure d, TableId id, Predicate<Row> which, UnaryOperator<Row> edit) {
        Table t = d.table(id).orElseThrow();
        boolean[] hit = {false};
        List<Row> rows = t.rows().stream().map(r -> {
            if (which.test(r)) {
                hit[0] = true;
                return edit.apply(r);
            }
            return r;
        }).toList();
        if (!hit[0]) {
            throw new IllegalArgumentException("no such row in " + id);
        }
        return d.withTable(t.withRows(rows));
    }

    public static Disclosure withoutRows(Disclosure d, TableId id, Predicate<Row> which) {
        Table t = d.table(id).orElseThrow();
        return d.withTable(t.withRows(t.rows().stream().filter(which.negate()).toList()));
    }

    public static Disclosure emptyStatement(Disclosure d, TableId id, String statement) {
        Table t = d.table(id).orElseThrow();
        return d.withTable(new Table(t.id(), t.number(), t.title(), t.preparedBy(), t.unit(), t.columns(), t.rows(), statement, t.at()));
    }

    public static Row named(Row r, String name) {
        return new Row(r.kind(), r.side(), r.code(), r.level(), name, r.projectName(), r.key(), r.bold(), r.cells(), r.at());
    }

    public static Row coded(Row r, String code) {
        return new Row(r.kind(), r.side(), code, r.level(), r.name(), r.projectName(), r.key(), r.bold(), r.cells(), r.at());
    }

    public static Row project(Row r, String projectName) {
        return new Row(r.kind(), r.side(), r.code(), r.level(), r.name(), projectName, r.key(), r.bold(), r.cells(), r.at());
    }

    public static Row cell(Row r, String column, String value) {
        return r.withCell(column, value == null ? null : Money.of(value));
    }

    private static Money money(String s) {
        return s == null ? null : Money.of(s);
    }
}

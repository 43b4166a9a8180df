package org.budgetdisclosure.check;

import java.util.List;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;

/**
 * Runs a selection of rules over a disclosure. The reader's diagnostics become findings of the READ
 * family; a rule that crashes becomes a finding naming the rule, never a failed run (Beancount's
 * “bad data produces findings, not exceptions”).
 */
public final class Checker {

    static final RuleInfo CRASH = new RuleInfo("RULE-CRASH", "检查规则自身出错（程序缺陷，请报告）", Severity.ERROR, Family.READ);

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> check(Parsed<Disclosure> parsed, CheckContext ctx) {
        Findings out = new Findings();
        for (Diagnostic d : parsed.diagnostics()) {
            out.add(new Finding(d.code(), severity(d.severity()), Location.of(d.at()), List.of(), d.message(),
                    null, null, null, null));
        }
        run(parsed.value(), ctx, out);
        return out.sorted();
    }

    public List<Finding> check(Disclosure d, CheckContext ctx) {
        Findings out = new Findings();
        run(d, ctx, out);
        return out.sorted();
    }

    private void run(Disclosure d, CheckContext ctx, Findings out) {
        for (Rule r : rules) {
            try {
                r.check(d, ctx, out);
            } catch (RuntimeException e) {
                out.report(CRASH, Location.file(d.source()),
                        "规则 " + r.info().id() + " 运行时出错：" + e + "。其余规则照常检查。");
            }
        }
    }

    private static Severity severity(Diagnostic.Severity s) {
        return switch (s) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case NOTICE -> Severity.NOTICE;
        };
    }
}

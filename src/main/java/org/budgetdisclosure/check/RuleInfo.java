package org.budgetdisclosure.check;

/**
 * What a rule is: a stable id (also the name of its page under docs/rules/), a one-line Chinese
 * title, the severity of a real violation, and its family.
 */
public record RuleInfo(String id, String title, Severity severity, Family family) {
}

package org.budgetdisclosure.check.rules.plausibility;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.prose.ProsePlaces;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.ProjectDescription;

/**
 * A project whose name says nothing of what its description says it pays for (“化债工作奖补资金”
 * whose text is all about 干部健康检测): often a project reused for a different purpose, or a text
 * pasted under the wrong name.
 *
 * <p>A simple word-overlap heuristic, no language model: the name's words that say what (the name less
 * the generic words any project name may carry — 经费, 资金, 项目, 补助, 工作, 运行 … — see
 * {@link #GENERIC}) are cut into overlapping pairs of characters (“化债”; “电子政务维护” → 电子, 子政,
 * 政务, 务维, 维护); if none of the pairs occurs in the project's 政策依据 and 资金分配情况, the name and
 * the content share no key word. A name made only of generic words says nothing to compare and is
 * passed; so is a description too short to judge ({@link #MIN_CONTENT} characters).
 */
public final class ProjectNameMatchesContent implements Rule {

    private static final Pattern YEAR = Pattern.compile("\\d{4}\\s*年度?");

    public static final RuleInfo INFO = new RuleInfo("PLAUS-PROJECT-NAME", "项目名称与其说明的内容无共同关键词", Severity.WARNING, Family.PLAUSIBILITY);

    /**
     * Words that say how a project is funded or run, not what it is for. Longer words first, so that
     * 经费 goes before 费. A word missing here can only hide a warning (its pairs may match any text),
     * never raise one.
     */
    static final List<String> GENERIC = List.of(
            "专项资金", "补助资金", "奖补资金", "工作经费", "业务经费", "运行经费", "项目经费",
            "经费", "资金", "费用", "项目", "专项", "补助", "补贴", "奖补", "奖励", "工作", "业务", "运行", "运转",
            "保障", "支出", "其他", "相关", "日常", "年度", "本级", "部门", "单位", "费", "款");

    /** Below this many characters a description is too short to say what it pays for. */
    static final int MIN_CONTENT = 20;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        List<ProjectDescription> projects = d.explanation().projects(); // by index: the model's immutable list, whose iterator is not always spared
        for (int pi = 0; pi < projects.size(); pi++) {
            ProjectDescription p = projects.get(pi);
            String basis = p.policyBasis() == null ? "" : p.policyBasis();
            String allocation = p.allocationText() == null ? "" : p.allocationText();
            if (p.name() == null || basis.length() + allocation.length() < MIN_CONTENT) {
                continue;
            }
            String words = specificWords(p.name());
            if (noPairIn(words, basis, allocation)) {
                Set<String> pairs = pairsOf(words); // the pairs themselves only for the message
                if (!pairs.isEmpty()) {
                    out.report(INFO, INFO.severity(), ProsePlaces.project(p, "项目名称"), List.of(),
                            "项目名称“" + p.name() + "”中的关键词（" + String.join("、", pairs) + "）在其政策依据和资金分配情况中都没有出现，名称与内容可能不符。");
                }
            }
        }
    }

    /**
     * As {@code noneIn(keyPairs(name), basis + allocation)} given {@code specificWords(name)}: no pair of word
     * characters next to each other in {@code words} occurs in the two texts one after the other. Told
     * without cutting the pairs out or joining the texts (which the usual project, whose name matches,
     * never needs); a name without pairs has none in the texts.
     */
    static boolean noPairIn(String words, String basis, String allocation) {
        for (int i = 0; i + 1 < words.length(); i++) {
            char a = words.charAt(i);
            char b = words.charAt(i + 1);
            if (isWordChar(a) && isWordChar(b) && (occurs(a, b, basis) || occurs(a, b, allocation)
                    || !basis.isEmpty() && !allocation.isEmpty() && basis.charAt(basis.length() - 1) == a && allocation.charAt(0) == b)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code a} followed by {@code b} occurs in {@code text}. */
    private static boolean occurs(char a, char b, String text) {
        for (int i = text.indexOf(a); i >= 0 && i + 1 < text.length(); i = text.indexOf(a, i + 1)) {
            if (text.charAt(i + 1) == b) {
                return true;
            }
        }
        return false;
    }

    /** Whether none of the pairs occurs in the content: what {@link #noPairIn} tells without the pairs (kept to hold it to this). */
    static boolean noneIn(Set<String> pairs, String content) {
        for (String pair : pairs) {
            if (content.contains(pair)) {
                return false;
            }
        }
        return true;
    }

    /** The character pairs of the name's specific words. */
    static Set<String> keyPairs(String name) {
        if (name == null) {
            return Set.of();
        }
        return pairsOf(specificWords(name));
    }

    /** The character pairs of {@code words} ({@link #specificWords} of a name). */
    private static Set<String> pairsOf(String words) {
        Set<String> pairs = new LinkedHashSet<>();
        for (String chunk : chunks(words)) {
            for (int i = 0; i + 2 <= chunk.length(); i++) {
                pairs.add(chunk.substring(i, i + 2));
            }
        }
        return pairs;
    }

    /** The name less its years and {@link #GENERIC} words, each replaced by a space. */
    static String specificWords(String name) {
        String rest = hasAsciiDigit(name) ? YEAR.matcher(name).replaceAll(" ") : name; // a year needs digits
        for (String g : GENERIC) {
            rest = rest.replace(g, " ");
        }
        return rest;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code c} is a Chinese character or a letter. The common CJK ideographs (U+4E00–U+9FEF, all of
     * the Han script) are told without the script lookup, a binary search per character.
     */
    static boolean isWordChar(char c) {
        if (c < FIRST_HAN) {
            return Character.isLetter(c); // no Han below the radicals: the spaces and marks between words are told without the search
        }
        return c >= '\u4E00' && c <= '\u9FEF' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || Character.isLetter(c);
    }

    /** The first character of the Han script (the CJK radicals supplement). */
    private static final char FIRST_HAN = '\u2E80';

    /** Runs of Chinese characters (and letters), split at anything else. */
    private static List<String> chunks(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                b.append(c);
            } else if (b.length() > 0) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }
}

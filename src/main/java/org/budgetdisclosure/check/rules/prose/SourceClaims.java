package org.budgetdisclosure.check.rules.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Side;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Claims about the income's sources in words rather than figures: “收入全部为一般公共预算拨款，无政府性
 * 基金预算拨款和国有资本经营预算。” The source said to be the whole must be the only non-empty one, and
 * those said to be absent must be empty — in 表4 for section 4 (财政拨款), in 表1 for sections 1–2.
 * Only sentences about 收入 are read; words that name no funding source are passed over.
 */
public final class SourceClaims implements Rule {

    public static final RuleInfo INFO = new RuleInfo("PROSE-SOURCE-CLAIM", "关于收入来源的文字断言应与表一致", Severity.ERROR, Family.PROSE);

    /*
     * The claims were found with regexes, now read by hand (SourceClaimsScanTest holds the readings to them):
     *   ALL  = 全部(?:为|是|来自)([^，,。；;]+), the first in a sentence;
     *   NONE = (?:^|[，,；;])\s*(?:无|没有)([^，,。；;]+), each in turn;
     * and the items of a NONE claim split at 和|、|及|与|或.
     */

    /** What ends a claim's words. */
    private static final String CLAUSE_END = "，,。；;";

    /** What separates the sources a NONE claim lists. */
    private static final String LIST_WORDS = "和、及与或";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        Tables tables = null;
        // by index: the lists are the model's immutable ones, whose iterators the compiler does not always spare
        List<Section> sections = d.explanation().sections();
        for (int si = 0; si < sections.size(); si++) {
            Section s = sections.get(si);
            TableId id = s.number() == 4 ? TableId.T4 : s.number() <= 2 ? TableId.T1 : null;
            if (id == null) {
                continue;
            }
            if (tables == null) {
                tables = Tables.of(d, ctx);
            }
            Optional<Table> t = tables.table(id);
            if (t.isEmpty()) {
                continue;
            }
            List<Paragraph> paragraphs = s.paragraphs();
            for (int pi = 0; pi < paragraphs.size(); pi++) {
                Paragraph p = paragraphs.get(pi);
                String text = p.text();
                if (text == null || !text.contains("收入") || !mayClaim(text)) {
                    continue; // a claim needs 收入 and 全部, 无 or 没有 in one sentence
                }
                // the sentences, cut at 。！？ (the empty pieces a split keeps or drops hold no 收入); one is cut
                // out of the paragraph only when it may hold a claim
                int from = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || "。！？".indexOf(text.charAt(i)) >= 0) {
                        if (within(text, "收入", from, i) && mayClaim(text, from, i)) {
                            claims(text.substring(from, i), s.number(), p, t.get(), out);
                        }
                        from = i + 1;
                    }
                }
            }
        }
    }

    /** What a claim needs: 全部, or 无 or 没有. */
    private static boolean mayClaim(String text) {
        return text.contains("全部") || text.indexOf('无') >= 0 || text.contains("没有");
    }

    /** As {@link #mayClaim(String)} of {@code text.substring(from, to)}. */
    private static boolean mayClaim(String text, int from, int to) {
        return within(text, "全部", from, to) || within(text, "无", from, to) || within(text, "没有", from, to);
    }

    /** Whether {@code word} occurs in {@code text} between {@code from} and {@code to}: {@code text.substring(from, to).contains(word)}. */
    private static boolean within(String text, String word, int from, int to) {
        int at = text.indexOf(word, from);
        return at >= 0 && at + word.length() <= to;
    }

    private static void claims(String sentence, int section, Paragraph p, Table t, Findings out) {
        String all = allClaim(sentence);
        if (all != null) {
            Optional<String> key = SourceNames.key(all).map(SourceNames::top);
            if (key.isPresent()) {
                Location at = ProsePlaces.at(p.at(), section, "全部为" + all, "来源");
                for (Row r : sourceLines(t)) {
                    boolean isIt = SourceNames.top(r.key()).equals(key.get()) || r.key().equals(key.get());
                    boolean filled = !r.amount("amount").isZero();
                    if (isIt && !filled) {
                        out.report(INFO, INFO.severity(), at, List.of(Places.cell(t, r, "amount")),
                                "说明称收入全部为“" + all + "”，但表中该来源为空。");
                    } else if (!isIt && filled) {
                        out.report(INFO, INFO.severity(), at, List.of(Places.cell(t, r, "amount")),
                                "说明称收入全部为“" + all + "”，但表中“" + r.name() + "”也有 " + r.amount("amount").formatted() + " 万元。");
                    }
                }
            }
        }
        List<Row> lines = null; // the income lines, found once per sentence rather than once per item
        for (String none : noneClaims(sentence)) {
            for (String item : items(none)) {
                Optional<String> key = SourceNames.key(item);
                if (key.isEmpty()) {
                    continue;
                }
                if (lines == null) {
                    lines = incomeLines(t);
                }
                Row r = filledLine(lines, key.get());
                if (r != null) {
                    out.report(INFO, INFO.severity(), ProsePlaces.at(p.at(), section, "无" + item, "来源"),
                            List.of(Places.cell(t, r, "amount")),
                            "说明称无“" + item + "”，但表中“" + r.name() + "”为 " + r.amount("amount").formatted() + " 万元。");
                }
            }
        }
    }

    /** What the first “全部为/是/来自 …” of the sentence names (up to the clause's end), or null. */
    static String allClaim(String s) {
        for (int i = s.indexOf("全部"); i >= 0; i = s.indexOf("全部", i + 1)) {
            int words = s.startsWith("为", i + 2) || s.startsWith("是", i + 2) ? i + 3 : s.startsWith("来自", i + 2) ? i + 4 : -1;
            if (words < 0) {
                continue;
            }
            int end = clauseEnd(s, words);
            if (end > words) {
                return s.substring(words, end);
            }
        }
        return null;
    }

    /** What each “无/没有 …” at the start of the sentence or after ，,；; names (up to the clause's end), in order. */
    static List<String> noneClaims(String s) {
        List<String> out = List.of();
        int n = s.length();
        int i = 0;
        while (i <= n) {
            int words = i == 0 ? noneWords(s, 0) : -1; // at ^
            if (words < 0 && i < n && ",，;；".indexOf(s.charAt(i)) >= 0) {
                words = noneWords(s, i + 1); // after the mark
            }
            if (words < 0) {
                i++;
                continue;
            }
            int end = clauseEnd(s, words);
            if (out.isEmpty()) {
                out = new ArrayList<>(2);
            }
            out.add(s.substring(words, end));
            i = end; // the next claim may start at the mark that ends this one
        }
        return out;
    }

    /** Where the words of a claim start after spaces, 无 or 没有 from {@code j}; -1 unless at least one character of the clause follows. */
    private static int noneWords(String s, int j) {
        j = spaces(s, j);
        int words = s.startsWith("无", j) ? j + 1 : s.startsWith("没有", j) ? j + 2 : -1;
        return words >= 0 && clauseEnd(s, words) > words ? words : -1;
    }

    private static int clauseEnd(String s, int from) {
        int i = from;
        while (i < s.length() && CLAUSE_END.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    private static int spaces(String s, int i) {
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The characters {@code \s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The non-empty pieces of a NONE claim between its list words (empty pieces name no source). */
    static List<String> items(String claim) {
        List<String> out = new ArrayList<>(4);
        int from = 0;
        for (int i = 0; i <= claim.length(); i++) {
            if (i == claim.length() || LIST_WORDS.indexOf(claim.charAt(i)) >= 0) {
                if (i > from) {
                    out.add(claim.substring(from, i));
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** The first line of {@code key} (or under it) with an amount, or null. */
    private static Row filledLine(List<Row> lines, String key) {
        for (Row r : lines) {
            if ((r.key().equals(key) || SourceNames.top(r.key()).equals(key)) && !r.amount("amount").isZero()) {
                return r;
            }
        }
        return null;
    }

    private static List<Row> incomeLines(Table t) {
        List<Row> out = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r.side() == Side.INCOME && r.kind() == RowKind.ITEM && r.key() != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** The top-level income lines: 表1's sources and 上年结转结余, 表4's budget types and 上年结转. */
    private static List<Row> sourceLines(Table t) {
        List<String> keys = t.id() == TableId.T4 ? List.of("gpb", "fund", "soe", "carryFiscal") : SourceNames.TOP_LEVEL;
        List<Row> out = new ArrayList<>(keys.size());
        for (String k : keys) {
            for (Row r : t.rows()) {
                if (r.side() == Side.INCOME && r.kind() == RowKind.ITEM && k.equals(r.key())) {
                    out.add(r); // the first line of each key
                    break;
                }
            }
        }
        return out;
    }
}

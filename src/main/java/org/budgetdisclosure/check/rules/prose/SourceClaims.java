package org.budgetdisclosure.check.rules.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern LIST_WORD = Pattern.compile("和|、|及|与|或");

    public static final RuleInfo INFO = new RuleInfo("PROSE-SOURCE-CLAIM", "关于收入来源的文字断言应与表一致", Severity.ERROR, Family.PROSE);

    private static final Pattern ALL = Pattern.compile("全部(?:为|是|来自)([^，,。；;]+)");

    private static final Pattern NONE = Pattern.compile("(?:^|[，,；;])\\s*(?:无|没有)([^，,。；;]+)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        if (d.explanation() == null) {
            return;
        }
        for (Section s : d.explanation().sections()) {
            TableId id = s.number() == 4 ? TableId.T4 : s.number() <= 2 ? TableId.T1 : null;
            Optional<Table> t = id == null ? Optional.empty() : Tables.of(d, ctx).table(id);
            if (t.isEmpty()) {
                continue;
            }
            for (Paragraph p : s.paragraphs()) {
                String text = p.text();
                if (text == null || !text.contains("收入") || !mayClaim(text)) {
                    continue; // a claim needs 收入 and 全部, 无 or 没有 in one sentence
                }
                // the sentences, cut at 。！？ (the empty pieces a split keeps or drops hold no 收入)
                int from = 0;
                for (int i = 0; i <= text.length(); i++) {
                    if (i == text.length() || "。！？".indexOf(text.charAt(i)) >= 0) {
                        String sentence = text.substring(from, i);
                        if (sentence.contains("收入") && mayClaim(sentence)) {
                            claims(sentence, s.number(), p, t.get(), out);
                        }
                        from = i + 1;
                    }
                }
            }
        }
    }

    /** What {@link #ALL} or {@link #NONE} need: 全部, or 无 or 没有. */
    private static boolean mayClaim(String text) {
        return text.contains("全部") || text.indexOf('无') >= 0 || text.contains("没有");
    }

    private static void claims(String sentence, int section, Paragraph p, Table t, Findings out) {
        Matcher all = ALL.matcher(sentence);
        if (all.find()) {
            Optional<String> key = SourceNames.key(all.group(1)).map(SourceNames::top);
            if (key.isPresent()) {
                Location at = ProsePlaces.at(p.at(), section, "全部为" + all.group(1), "来源");
                for (Row r : sourceLines(t)) {
                    boolean isIt = SourceNames.top(r.key()).equals(key.get()) || r.key().equals(key.get());
                    boolean filled = !r.amount("amount").isZero();
                    if (isIt && !filled) {
                        out.report(INFO, INFO.severity(), at, List.of(Places.cell(t, r, "amount")),
                                "说明称收入全部为“" + all.group(1) + "”，但表中该来源为空。");
                    } else if (!isIt && filled) {
                        out.report(INFO, INFO.severity(), at, List.of(Places.cell(t, r, "amount")),
                                "说明称收入全部为“" + all.group(1) + "”，但表中“" + r.name() + "”也有 " + r.amount("amount").formatted() + " 万元。");
                    }
                }
            }
        }
        Matcher none = NONE.matcher(sentence);
        List<Row> lines = null; // the income lines, found once per sentence rather than once per item
        while (none.find()) {
            for (String item : LIST_WORD.split(none.group(1))) {
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
        return t.rows().stream().filter(r -> r.side() == Side.INCOME && r.kind() == RowKind.ITEM && r.key() != null).toList();
    }

    /** The top-level income lines: 表1's sources and 上年结转结余, 表4's budget types and 上年结转. */
    private static List<Row> sourceLines(Table t) {
        List<String> keys = t.id() == TableId.T4 ? List.of("gpb", "fund", "soe", "carryFiscal") : SourceNames.TOP_LEVEL;
        List<Row> out = new ArrayList<>();
        for (String k : keys) {
            t.row(r -> r.side() == Side.INCOME && r.kind() == RowKind.ITEM && k.equals(r.key())).ifPresent(out::add);
        }
        return out;
    }
}

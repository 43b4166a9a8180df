package org.budgetdisclosure.check.rules.completeness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.Tables;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * The part 3 section about a table that may be empty (八 ↔ 表8 政府性基金, 九 ↔ 表9 国有资本经营, 十一 ↔
 * 表11 委托业务费, 十二 ↔ 表12 上年结转结余) says it is empty exactly when the table is.
 *
 * <p>The section “says empty” when it has “为空表”, or says 没有 / 未安排 / 无 and states no amount
 * above zero. Saying empty beside a table with amounts is an error; an empty table whose section does
 * not say so is a warning (the amounts the section does state are the prose rules' business).
 */
public final class SectionStatesEmptyTable implements Rule {

    public static final RuleInfo INFO = new RuleInfo("COMP-EMPTY-PROSE", "第三部分对空表的说明应与表一致",
            Severity.ERROR, Family.COMPLETENESS);

    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元");
    private static final Pattern NONE = Pattern.compile("没有|未安排|无");

    private final int section;
    private final TableId table;

    public SectionStatesEmptyTable(int section, TableId table) {
        this.section = section;
        this.table = table;
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        Optional<Table> t = Tables.of(d, ctx).table(table);
        Optional<Section> s = d.explanation() == null ? Optional.empty() : Optional.ofNullable(d.explanation().section(section));
        if (t.isEmpty() || s.isEmpty()) {
            return; // the reader reports a missing table or section
        }
        String text = text(s.get());
        if (text.isBlank()) {
            return; // COMP-SECTION reports a section without text
        }
        boolean saysEmpty = saysEmpty(text);
        boolean isEmpty = EmptyTableStatement.isEmpty(t.get());
        Location here = Location.of(s.get().at()).inSection(section);
        Location tableAt = Location.of(t.get().at()).inTable(table, null, null);
        if (saysEmpty && !isEmpty) {
            out.report(INFO, Severity.ERROR, here, List.of(tableAt),
                    "第三部分第" + section + "节说明" + table.label() + "为空表（没有支出），但表中有金额。");
        } else if (!saysEmpty && isEmpty) {
            out.report(INFO, Severity.WARNING, here, List.of(tableAt),
                    table.label() + "为空表，第三部分第" + section + "节应说明没有此类支出、" + table.title() + "为空表。");
        }
    }

    /** The section's paragraphs joined by line breaks (as one text, an amount and its 万元 may stand on two lines). */
    private static String text(Section s) {
        String only = null;
        StringBuilder b = null;
        for (Paragraph p : s.paragraphs()) {
            if (p.text() == null) {
                continue;
            }
            if (only == null && b == null) {
                only = p.text(); // the usual section of one paragraph: no copy
            } else {
                if (b == null) {
                    b = new StringBuilder(only);
                    only = null;
                }
                b.append('\n').append(p.text());
            }
        }
        return b != null ? b.toString() : only != null ? only : "";
    }

    static boolean saysEmpty(String text) {
        if (text.contains("为空表")) {
            return true;
        }
        return NONE.matcher(text).find() && !statesAmount(text);
    }

    /** True when the text states an amount above zero (“10.00万元”). */
    static boolean statesAmount(String text) {
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (new BigDecimal(m.group(1).replace(",", "")).signum() > 0) {
                return true;
            }
        }
        return false;
    }
}

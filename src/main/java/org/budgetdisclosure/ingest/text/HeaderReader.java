package org.budgetdisclosure.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.Table;

/** Reads the cover (“2026 年昌吉市人民政府办公室 / 部门预算公开”), falling back on the tables' 编制部门. */
final class HeaderReader {

    private static final Pattern YEAR_AND_NAME = Pattern.compile("^((?:19|20)\\d{2})年度?(.+?)$");
    private static final Pattern KIND = Pattern.compile("(部门|单位)(预算|决算)(公开)?$");

    private HeaderReader() {
    }

    static DocumentHeader read(List<SourceLine> front, List<SourceLine> all, List<Table> tables, ReadContext ctx) {
        Integer year = null;
        String department = null;
        DocumentKind kind = null;
        int at = 0;
        for (SourceLine l : front) {
            String t = l.joined();
            if (t.isEmpty()) {
                continue;
            }
            Matcher k = KIND.matcher(t);
            if (k.find()) {
                kind = kind(k.group(1), k.group(2));
                t = t.substring(0, k.start());
            }
            Matcher m = YEAR_AND_NAME.matcher(t);
            if (m.matches() && year == null) {
                year = Integer.valueOf(m.group(1));
                department = m.group(2).isEmpty() ? null : m.group(2);
                at = l.number();
            }
        }
        if (year == null) {
            year = yearFromHeadings(all);
        }
        String prepared = tables.stream().map(Table::preparedBy).filter(p -> p != null && !p.isEmpty()).findFirst().orElse(null);
        if (department == null) {
            department = prepared;
        }
        if (department == null) {
            ctx.warning("READ-HEADER", "未能读出部门名称（封面与各表“编制部门”均未给出）。", 0);
        }
        if (year == null) {
            ctx.warning("READ-HEADER", "未能读出预算年度。", 0);
        }
        if (kind == null) {
            kind = DocumentKind.DEPARTMENT_BUDGET;
        }
        String unit = tables.stream().map(Table::unit).filter(u -> u != null && !u.isEmpty()).findFirst().orElse(null);
        String signedBy = null;
        LocalDate signedOn = null;
        int seen = 0;
        // The document ends with the department's name and the date it was signed, in either order.
        for (int i = all.size() - 1; i >= 0 && seen < 2; i--) {
            SourceLine l = all.get(i);
            if (l.isBlank()) {
                continue;
            }
            seen++;
            String t = l.joined();
            Matcher d = DATE.matcher(t);
            if (signedOn == null && d.matches()) {
                signedOn = date(d, ctx, l.number());
            } else if (signedBy == null && looksLikeSignature(l, department)) {
                signedBy = t;
            } else {
                break;
            }
        }
        return new DocumentHeader(department, year, kind, unit, signedBy, signedOn, at > 0 ? ctx.at(at) : null);
    }

    private static DocumentKind kind(String who, String what) {
        boolean unit = "单位".equals(who);
        boolean budget = "预算".equals(what);
        if (budget) {
            return unit ? DocumentKind.UNIT_BUDGET : DocumentKind.DEPARTMENT_BUDGET;
        }
        return unit ? DocumentKind.UNIT_FINAL : DocumentKind.DEPARTMENT_FINAL;
    }

    private static final Pattern PART_YEAR = Pattern.compile("^第[一二三四]部分((?:19|20)\\d{2})年");

    private static Integer yearFromHeadings(List<SourceLine> all) {
        for (SourceLine l : all) {
            Matcher m = PART_YEAR.matcher(l.joined());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static final Pattern DATE = Pattern.compile("^((?:19|20)\\d{2})年(\\d{1,2})月(\\d{1,2})日$");

    private static LocalDate date(Matcher m, ReadContext ctx, int line) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            ctx.warning("READ-DATE", "落款日期“" + m.group() + "”不是有效日期。", line);
            return null;
        }
    }

    /** The department's name printed alone near the end of the document. */
    private static boolean looksLikeSignature(SourceLine l, String department) {
        String t = l.joined();
        return t.length() <= 40 && !t.contains("。") && !t.contains("：") && !t.contains(":") && !l.isTabular()
                && (department == null || t.equals(department));
    }
}

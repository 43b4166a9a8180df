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

    private static final Pattern KIND = Pattern.compile("(部门|单位)(预算|决算)(公开)?$");
    /** What {@link #KIND} ends with, last on the line or before a final line terminator. */
    private static final String KIND_LAST = "算开";

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
            // each pattern only where it could match: a matcher for each line of the cover showed in profiles
            Matcher k = LinePhrases.endsWithMark(t, KIND_LAST) ? KIND.matcher(t) : null;
            if (k != null && k.find()) {
                kind = kind(k.group(1), k.group(2));
                t = t.substring(0, k.start());
            }
            int name = year == null ? LinePhrases.coverTitleName(t) : -1; // ^((?:19|20)\d{2})年度?(.+?)$, by hand
            if (name >= 0) {
                year = Integer.parseInt(t, 0, 4, 10);
                department = t.substring(name); // one character or more
                at = l.number();
            }
        }
        if (year == null) {
            year = yearFromHeadings(all);
        }
        String prepared = null;
        for (int i = 0; i < tables.size() && prepared == null; i++) {
            prepared = nonEmpty(tables.get(i).preparedBy());
        }
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
        String unit = null;
        for (int i = 0; i < tables.size() && unit == null; i++) {
            unit = nonEmpty(tables.get(i).unit());
        }
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
            int[] d = signedOn == null ? LinePhrases.signingDate(t) : null;
            if (d != null) {
                signedOn = date(t, d, ctx, l.number());
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

    /** The signing date {@code t}, its year, month and day in {@code d}; null, and a warning, when there is no such day. */
    private static LocalDate date(String t, int[] d, ReadContext ctx, int line) {
        try {
            return LocalDate.of(d[0], d[1], d[2]);
        } catch (DateTimeException e) {
            ctx.warning("READ-DATE", "落款日期“" + t + "”不是有效日期。", line);
            return null;
        }
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The department's name printed alone near the end of the document. */
    private static boolean looksLikeSignature(SourceLine l, String department) {
        String t = l.joined();
        return t.length() <= 40 && !t.contains("。") && !t.contains("：") && !t.contains(":") && !l.isTabular()
                && (department == null || t.equals(department));
    }
}

package org.budgetdisclosure.check.rules.catalog;

import java.util.List;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Places;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;

/**
 * Every printed code is well formed: digits only; 3, 5 or 7 of them for the function classification
 * (类/款/项, project rows included), 3 or 5 for the economic one (类/款); and its 类 (first three
 * digits) in the range the scheme uses: 201–234 for function, 301–399 for economic. Whether that 类
 * exists in the year's catalog is CAT-CODE-UNKNOWN's question.
 */
public final class CodeForm implements Rule {

    public static final RuleInfo INFO = new RuleInfo("CAT-CODE-FORM", "科目代码应为规定位数且类在规定范围内",
            Severity.ERROR, Family.CATALOG);

    /** Expenditure function 类 run from 201 一般公共服务支出 to 234 抗疫特别国债安排的支出. */
    static final int FUNCTION_FIRST = 201;
    static final int FUNCTION_LAST = 234;
    /** Economic 类 for department budgets run from 301 工资福利支出 to 399 其他支出. */
    static final int ECONOMIC_FIRST = 301;
    static final int ECONOMIC_LAST = 399;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        for (Table t : d.tables()) {
            List<Row> rows = t.rows();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                Scheme scheme = CodeGroups.scheme(r);
                if (scheme != null && !wellFormed(scheme, r.code())) {
                    report(t, r, problem(scheme, r.code()), out);
                }
            }
        }
    }

    private static void report(Table t, Row r, String problem, Findings out) {
        out.report(INFO, INFO.severity(), Places.row(t, r), List.of(), "科目代码“" + r.code() + "”" + problem + "。");
    }

    /** Whether {@code code} is a well-formed code of {@code scheme}: {@link #problem} finds nothing wrong, without building its text. */
    static boolean wellFormed(Scheme scheme, String code) {
        if (!Digits.only(code)) {
            return false;
        }
        int n = code.length();
        boolean function = scheme == Scheme.FUNCTION;
        if (!(function ? n == 3 || n == 5 || n == 7 : n == 3 || n == 5)) {
            return false;
        }
        int cls = (code.charAt(0) - '0') * 100 + (code.charAt(1) - '0') * 10 + (code.charAt(2) - '0');
        return function ? cls >= FUNCTION_FIRST && cls <= FUNCTION_LAST : cls >= ECONOMIC_FIRST && cls <= ECONOMIC_LAST;
    }

    /** What is wrong with {@code code} as a code of {@code scheme}, or null. */
    static String problem(Scheme scheme, String code) {
        if (!org.budgetdisclosure.check.rules.catalog.Digits.only(code)) {
            return "不是纯数字";
        }
        int n = code.length();
        boolean lengthOk = scheme == Scheme.FUNCTION ? n == 3 || n == 5 || n == 7 : n == 3 || n == 5;
        if (!lengthOk) {
            return scheme == Scheme.FUNCTION ? "不是 3、5 或 7 位（支出功能分类的类、款、项）" : "不是 3 或 5 位（经济分类的类、款）";
        }
        int cls = (code.charAt(0) - '0') * 100 + (code.charAt(1) - '0') * 10 + (code.charAt(2) - '0'); // all digits, checked above
        int first = scheme == Scheme.FUNCTION ? FUNCTION_FIRST : ECONOMIC_FIRST;
        int last = scheme == Scheme.FUNCTION ? FUNCTION_LAST : ECONOMIC_LAST;
        if (cls < first || cls > last) {
            return "的类 " + cls + " 不在" + CodedRow.schemeName(scheme) + "的 " + first + "–" + last + " 之间";
        }
        return null;
    }
}

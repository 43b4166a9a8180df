package org.budgetdisclosure.ingest.text;

import java.util.List;
import java.util.function.Predicate;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.SubjectKind;
import org.budgetdisclosure.model.Table;

/**
 * Says what a figure of part 3 is the figure of. Classification names are looked up in the tables
 * of part 2 (a “（类）…（款）…（项）” chain narrows from 类 to 项, since 项 names such as 行政运行 recur
 * under many 款); the fixed items of the format (totals, funding sources, 基本/项目支出, 人员/公用经费,
 * “三公” items, 机关运行经费) by their standard wording. Order matters: an exact classification name
 * first, then the longer fixed phrases before the shorter ones they contain (“一般公共预算拨款合计” is a
 * total, “一般公共预算” a source).
 */
final class SubjectResolver {

    /** 表1's income item keys; see {@link SubjectKind#SOURCE}. Transfers first: their names contain the plain source. */
    private static final Terms SOURCES = new Terms(
            new Term("gpbTransfer", t -> t.contains("转移支付") && t.contains("一般公共预算"),
                    "转移支付", "一般公共预算"),
            new Term("fundTransfer", t -> t.contains("转移支付") && t.contains("政府性基金"),
                    "转移支付", "政府性基金"),
            new Term("soeTransfer", t -> t.contains("转移支付") && t.contains("国有资本"),
                    "转移支付", "国有资本"),
            new Term("carryover", t -> t.contains("上年结转") || t.contains("结转结余"),
                    "上年结转", "结转结余"),
            new Term("gpb", t -> t.contains("一般公共预算"),
                    "一般公共预算"),
            new Term("fund", t -> t.contains("政府性基金"),
                    "政府性基金"),
            new Term("soe", t -> t.contains("国有资本经营"),
                    "国有资本经营"),
            new Term("specialAccount", t -> t.contains("财政专户"),
                    "财政专户"),
            new Term("unitFunds", t -> t.contains("单位资金"),
                    "单位资金"),
            // the parts of 单位资金, as 表1 lists them
            new Term("businessIncome", t -> t.startsWith("事业收入"),
                    "事业收入"),
            new Term("superiorSubsidy", t -> t.contains("上级补助收入"),
                    "上级补助收入"),
            new Term("subordinateRemit", t -> t.contains("附属单位上缴"),
                    "附属单位上缴"),
            new Term("operatingIncome", t -> t.contains("经营收入"),
                    "经营收入"),
            new Term("otherIncome", t -> t.startsWith("其他收入"),
                    "其他收入"));

    /** Totals named by a phrase no other subject contains. */
    private static final Terms TOTALS = new Terms(
            new Term("fiscal", t -> t.contains("财政拨款收支总预算") || t.contains("财政拨款收支预算总"),
                    "财政拨款收支总预算", "财政拨款收支预算总"),
            new Term("total", t -> t.contains("收支总预算") || t.contains("收支预算总"),
                    "收支总预算", "收支预算总"),
            new Term("gpb", t -> t.contains("一般公共预算") && (t.contains("拨款合计") || t.contains("当年拨款") || t.contains("拨款总")
                    || t.endsWith("一般公共预算支出")),
                    "一般公共预算", "拨款合计", "当年拨款", "拨款总", "一般公共预算支出"));

    /** Totals named by words that 基本支出/项目支出 and the sources may also contain: tried after them. */
    private static final Terms LATE_TOTALS = new Terms(
            new Term("income", t -> t.contains("收入预算") || t.contains("收入总预算") || t.contains("预算收入") || t.endsWith("总收入"),
                    "收入预算", "收入总预算", "预算收入", "总收入"),
            new Term("expenditure", t -> t.contains("支出预算") || t.contains("支出总预算") || t.contains("预算支出") || t.endsWith("总支出"),
                    "支出预算", "支出总预算", "预算支出", "总支出"));

    /** The “三公” items; the vehicle subtotal before its two parts, the items before the total. */
    private static final Terms SANGONG = new Terms(
            new Term("vehicle", t -> t.contains("购置及运行"),
                    "购置及运行"),
            new Term("travelAbroad", t -> t.contains("因公出国"),
                    "因公出国"),
            new Term("reception", t -> t.contains("公务接待"),
                    "公务接待"),
            new Term("vehiclePurchase", t -> t.contains("公务用车购置"),
                    "公务用车购置"),
            new Term("vehicleRunning", t -> t.contains("公务用车运行"),
                    "公务用车运行"),
            new Term("total", t -> t.contains("三公"),
                    "三公"));

    private static final Terms NATURES = new Terms(
            new Term("personnel", t -> t.contains("人员经费"),
                    "人员经费"),
            new Term("public", t -> t.contains("公用经费"),
                    "公用经费"),
            new Term("basic", t -> t.contains("基本支出"),
                    "基本支出"),
            new Term("project", t -> t.contains("项目支出"),
                    "项目支出"));

    /** 政府采购: the reserves before the parts (their wording contains 项目), the parts before the total. */
    private static final Terms PROCUREMENT = new Terms(
            new Term("smallMicroReserve", t -> t.contains("小微"),
                    "小微"),
            new Term("smeReserve", t -> t.contains("中小企业"),
                    "中小企业"),
            new Term("goods", t -> t.contains("货物"),
                    "货物"),
            new Term("works", t -> t.contains("工程"),
                    "工程"),
            new Term("services", t -> t.contains("服务"),
                    "服务"),
            new Term("total", t -> t.contains("采购"),
                    "采购"));

    private static final String[] LEVEL_MARKS = {"（类）", "（款）", "（项）"};

    /**
     * A fixed item: its key, the test of a name key, and every word the test looks for. A name key
     * that lacks some character of each of those words cannot pass the test, which {@link Terms#match}
     * sees from the key's {@link #charMask} without running it: most subjects are turned away from
     * most terms by one AND instead of a few String.contains calls.
     */
    private static final class Term {
        private final String key;
        private final Predicate<String> matches;
        private final String[] words;

        Term(String key, Predicate<String> matches, String... words) {
            this.key = key;
            this.matches = matches;
            this.words = words;
        }
    }

    /**
     * Terms in their order of precedence, with the masks of all their words laid out in one array in
     * that order: the screening of a key against every term is one pass over longs.
     */
    private static final class Terms {
        private final Term[] terms;
        /** The masks of the words of every term, term after term. */
        private final long[] masks;
        /** For each mask, its term's index in {@link #terms}. */
        private final int[] termOf;
        /** For each mask, the index of the first mask of the next term. */
        private final int[] nextTerm;

        Terms(Term... terms) {
            this.terms = terms;
            int n = 0;
            for (Term t : terms) {
                n += t.words.length;
            }
            masks = new long[n];
            termOf = new int[n];
            nextTerm = new int[n];
            int m = 0;
            for (int i = 0; i < terms.length; i++) {
                int first = m;
                for (String w : terms[i].words) {
                    masks[m] = charMask(w);
                    termOf[m] = i;
                    m++;
                }
                for (int k = first; k < m; k++) {
                    nextTerm[k] = m;
                }
            }
        }

        /**
         * The first term that passes for the key, or null: a term is tested at its first word whose
         * characters are all in the key, and only once (when it fails, its other words are skipped).
         */
        Term match(String key, long keyMask) {
            for (int m = 0; m < masks.length; ) {
                if ((keyMask & masks[m]) == masks[m]) {
                    Term t = terms[termOf[m]];
                    if (t.matches.test(key)) {
                        return t;
                    }
                    m = nextTerm[m];
                } else {
                    m++;
                }
            }
            return null;
        }
    }

    /**
     * The characters of {@code s} as a one-hash Bloom filter of 64 bits: every character of s sets
     * its bit, so a word whose bits are not all set in a key's mask does not occur in that key.
     */
    static long charMask(String s) {
        long mask = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            mask |= 1L << ((s.charAt(i) * 0x9E3779B9) >>> 26);
        }
        return mask;
    }

    private final List<Table> tables;

    /**
     * nameKey(name) → the distinct codes of the function classification the tables print under that name.
     * Only how many codes a name has, and which, matter.
     */
    private final NameIndex functionCodes;
    /** The same for the economic classification, and the projects' names by key; built when first needed. */
    private NameIndex economicCodes;
    private NameIndex projects;

    SubjectResolver(List<Table> tables) {
        this.tables = tables;
        // which tables' function rows are indexed, and how many rows they have: the index is made at a
        // size that needs no growing
        boolean[] indexed = new boolean[tables.size()];
        // where each table's first function row is, found once: most tables have none, and comparing a
        // table with every one before it would otherwise search their rows for it again each time
        int[] first = new int[tables.size()];
        int rowCount = 0;
        for (int t = 0; t < tables.size(); t++) {
            List<Row> rows = tables.get(t).rows();
            first[t] = nextFunction(rows, 0);
            // without function rows, or with the same codes under the same names as before, a table adds nothing
            indexed[t] = first[t] < rows.size() && !printedBefore(tables, first, t);
            rowCount += indexed[t] ? rows.size() : 0;
        }
        functionCodes = new NameIndex(rowCount);
        for (int t = 0; t < tables.size(); t++) {
            List<Row> rows = tables.get(t).rows();
            for (int i = 0; indexed[t] && i < rows.size(); i++) {
                Row row = rows.get(i);
                if (isFunction(row)) {
                    functionCodes.add(row.name(), row.code());
                }
            }
        }
    }

    private static boolean isFunction(Row row) {
        return row.kind() == RowKind.FUNCTION && row.code() != null && row.name() != null;
    }

    /**
     * True when an earlier table prints the function rows of table {@code t}, code for code and name for
     * name (表2, 表3 and 表5 print the same classification): indexing them again would change nothing,
     * and comparing the names costs less than making their keys.
     */
    private static boolean printedBefore(List<Table> tables, int[] first, int t) {
        List<Row> rows = tables.get(t).rows();
        for (int u = 0; u < t; u++) {
            List<Row> earlier = tables.get(u).rows();
            // a table without function rows prints none of t's (which has some)
            if (first[u] < earlier.size() && sameFunctionRows(earlier, first[u], rows, first[t])) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code a} and {@code b} have the same function rows (code and name) in the same order;
     * {@code i} and {@code j} are where their first function rows are.
     */
    private static boolean sameFunctionRows(List<Row> a, int i, List<Row> b, int j) {
        while (i < a.size() && j < b.size()) {
            Row x = a.get(i);
            Row y = b.get(j);
            if (!x.code().equals(y.code()) || !x.name().equals(y.name())) {
                return false;
            }
            i = nextFunction(a, i + 1);
            j = nextFunction(b, j + 1);
        }
        return i == a.size() && j == b.size();
    }

    private static int nextFunction(List<Row> rows, int from) {
        while (from < rows.size() && !isFunction(rows.get(from))) {
            from++;
        }
        return from;
    }

    /**
     * The economic codes and the projects: most figures are resolved before these are asked, so they
     * are indexed only for the first that is not.
     */
    private void indexTheRest() {
        int rowCount = 0;
        for (Table table : tables) {
            rowCount += table.rows().size();
        }
        NameIndex economic = new NameIndex(rowCount);
        NameIndex named = new NameIndex(rowCount);
        for (Table table : tables) {
            for (Row row : table.rows()) {
                if (row.kind() == RowKind.ECONOMIC && row.code() != null && row.name() != null) {
                    economic.add(row.name(), row.code());
                } else if (row.kind() == RowKind.PROJECT && row.projectName() != null) {
                    named.add(row.projectName(), row.projectName()); // the first name printed under the key is the value
                }
            }
        }
        economicCodes = economic;
        projects = named;
    }

    /**
     * The subject of {@code words} as printed in section {@code section}. When nothing fits, an
     * UNKNOWN subject keeping the words, and a notice.
     */
    Subject resolve(String words, int section, int line, ReadContext ctx) {
        String key = Texts.nameKey(words);
        if (hasLevelMarks(key)) {
            return chain(words, key, section, line, ctx);
        }
        // each way of naming in its order of precedence; the first that fits decides
        Subject s = exact(SubjectKind.FUNCTION, functionCodes, key, words);
        long mask = s == null ? charMask(key) : 0;
        if (s == null) {
            s = match(SubjectKind.TOTAL, TOTALS, key, mask, words);
        }
        if (s == null && key.contains("运行经费")) {
            s = new Subject(SubjectKind.RUNNING_COSTS, "runningCosts", words);
        }
        if (s == null) {
            s = match(SubjectKind.SANGONG, SANGONG, key, mask, words);
        }
        if (s == null) {
            s = match(SubjectKind.NATURE, NATURES, key, mask, words);
        }
        if (s == null) {
            s = match(SubjectKind.SOURCE, SOURCES, key, mask, words);
        }
        if (s == null) {
            s = match(SubjectKind.TOTAL, LATE_TOTALS, key, mask, words);
        }
        if (s == null) {
            if (economicCodes == null) {
                indexTheRest();
            }
            s = exact(SubjectKind.ECONOMIC, economicCodes, key, words);
            Object project = s == null ? projects.find(key) : null;
            if (project != null) {
                s = new Subject(SubjectKind.PROJECT, NameIndex.value(project, 0), words);
            }
        }
        return s != null ? s : unknown(words, section, line, ctx, "不是表中的科目名称，也不是固定项目");
    }

    /** The subject of a figure in 政府采购情况. */
    Subject procurement(String words, int section, int line, ReadContext ctx) {
        String key = Texts.nameKey(words);
        Subject s = match(SubjectKind.PROCUREMENT, PROCUREMENT, key, charMask(key), words);
        return s != null ? s : unknown(words, section, line, ctx, "不是政府采购的总额、货物、工程、服务或预留份额");
    }

    /** The subject of the first term that fits, or null. */
    private static Subject match(SubjectKind kind, Terms terms, String key, long keyMask, String words) {
        Term t = terms.match(key, keyMask);
        return t == null ? null : new Subject(kind, t.key, words);
    }

    /** A unique code for the name; of several, the shortest (a 类 name may recur as a 款 name below it); or null. */
    private static Subject exact(SubjectKind kind, NameIndex index, String key, String words) {
        Object codes = index.find(key);
        String shortest = null;
        int ties = 0;
        for (int i = 0, n = NameIndex.count(codes); i < n; i++) {
            String c = NameIndex.value(codes, i);
            if (shortest == null || c.length() < shortest.length()) {
                shortest = c;
                ties = 1;
            } else if (c.length() == shortest.length()) {
                ties++;
            }
        }
        return ties == 1 ? new Subject(kind, shortest, words) : null;
    }

    private static boolean hasLevelMarks(String key) {
        if (key.indexOf('（') < 0) {
            return false; // every mark opens with the bracket, which most subjects do not hold: one search, not three
        }
        for (String m : LEVEL_MARKS) {
            if (key.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** “A（类）B（款）C（项）”: each name looked up under the code found for the level above. */
    private Subject chain(String words, String key, int section, int line, ReadContext ctx) {
        int from = 0; // where the rest of the key, after the marks taken so far, starts
        String code = "";
        for (int level = 0; level < LEVEL_MARKS.length; level++) {
            int at = key.indexOf(LEVEL_MARKS[level], from);
            if (at < 0) {
                continue;
            }
            int nameFrom = from;
            from = at + LEVEL_MARKS[level].length();
            int digits = 3 + 2 * level;
            String parent = code;
            String found = null;
            int count = 0;
            Object codes = functionCodes.find(key, nameFrom, at); // the name looked up where it lies in the key
            for (int i = 0, n = NameIndex.count(codes); i < n; i++) {
                String c = NameIndex.value(codes, i);
                if (c.length() == digits && c.startsWith(parent)) {
                    found = c;
                    count++;
                }
            }
            if (count != 1) {
                return notInTables(words, key.substring(nameFrom, at), level, count, section, line, ctx);
            }
            code = found;
        }
        return new Subject(SubjectKind.FUNCTION, code, words);
    }

    /** The subject of a chain whose name at {@code level} has no code, or several, under the code above it. */
    private static Subject notInTables(String words, String name, int level, int count, int section, int line, ReadContext ctx) {
        String why = "“" + name + LEVEL_MARKS[level] + "”" + (count == 0 ? "在表中找不到" : "在表中对应多个科目代码");
        return unknown(words, section, line, ctx, why);
    }

    private static Subject unknown(String words, int section, int line, ReadContext ctx, String why) {
        ctx.notice("READ-SUBJECT-UNKNOWN", "第" + section + "节“" + words + "”无法确定所指：" + why + "。", line);
        return new Subject(SubjectKind.UNKNOWN, null, words);
    }
}

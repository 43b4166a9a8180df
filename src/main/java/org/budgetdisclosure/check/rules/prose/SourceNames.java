package org.budgetdisclosure.check.rules.prose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Funding sources as the prose names them, mapped to 表1's income item keys, and each key's top-level
 * source. The reader resolves the subjects of facts the same way ({@code SubjectResolver}); lists are
 * plain names, so the checker maps them itself. Transfers first: their names contain the plain source.
 */
final class SourceNames {

    private record Term(String key, Predicate<String> matches) {
    }

    private static final List<Term> TERMS = List.of(
            new Term("gpbTransfer", t -> t.contains("转移支付") && t.contains("一般公共预算")),
            new Term("fundTransfer", t -> t.contains("转移支付") && t.contains("政府性基金")),
            new Term("soeTransfer", t -> t.contains("转移支付") && t.contains("国有资本")),
            new Term("carryNonFiscal", t -> t.contains("非财政拨款结转")),
            new Term("carryFiscal", t -> t.contains("财政拨款结转")),
            new Term("carryover", t -> t.contains("上年结转") || t.contains("结转结余")),
            new Term("gpbOwn", t -> t.equals("一般财力") || t.startsWith("本级一般公共预算")),
            new Term("gpb", t -> t.contains("一般公共预算")),
            new Term("fund", t -> t.contains("政府性基金")),
            new Term("soe", t -> t.contains("国有资本经营")),
            new Term("specialAccount", t -> t.contains("财政专户")),
            new Term("unitFunds", t -> t.contains("单位资金")),
            new Term("businessIncome", t -> t.startsWith("事业收入")),
            new Term("superiorSubsidy", t -> t.contains("上级补助收入")),
            new Term("subordinateRemit", t -> t.contains("附属单位上缴")),
            new Term("operatingIncome", t -> t.contains("经营收入")),
            new Term("otherIncome", t -> t.startsWith("其他收入")));

    /** 表1's income items under each top-level source (本年收入's five sources and 上年结转结余). */
    private static final Map<String, String> TOP = Map.ofEntries(
            Map.entry("gpb", "gpb"), Map.entry("gpbOwn", "gpb"), Map.entry("gpbTransfer", "gpb"),
            Map.entry("fund", "fund"), Map.entry("fundOwn", "fund"), Map.entry("fundTransfer", "fund"),
            Map.entry("soe", "soe"), Map.entry("soeOwn", "soe"), Map.entry("soeTransfer", "soe"),
            Map.entry("specialAccount", "specialAccount"),
            Map.entry("unitFunds", "unitFunds"), Map.entry("businessIncome", "unitFunds"),
            Map.entry("superiorSubsidy", "unitFunds"), Map.entry("subordinateRemit", "unitFunds"),
            Map.entry("operatingIncome", "unitFunds"), Map.entry("otherIncome", "unitFunds"),
            Map.entry("carryover", "carryover"), Map.entry("carryFiscal", "carryover"),
            Map.entry("carryNonFiscal", "carryover"), Map.entry("carryFiscalGpb", "carryover"),
            Map.entry("carryFiscalFund", "carryover"), Map.entry("carryFiscalSoe", "carryover"),
            Map.entry("carryNonFiscalSpecial", "carryover"), Map.entry("carryNonFiscalUnit", "carryover"));

    /** The top-level sources of 表1, in printed order. */
    static final List<String> TOP_LEVEL = List.of("gpb", "fund", "soe", "specialAccount", "unitFunds", "carryover");

    private SourceNames() {
    }

    static Optional<String> key(String printed) {
        return Optional.ofNullable(keyOrNull(printed));
    }

    /** As {@link #key}, null for no source. */
    static String keyOrNull(String printed) {
        String k = ProseNames.key(printed);
        for (Term t : TERMS) {
            if (t.matches().test(k)) {
                return t.key();
            }
        }
        return null;
    }

    /** The top-level source an item key belongs to (itself for a top-level key). */
    static String top(String key) {
        return TOP.getOrDefault(key, key);
    }
}

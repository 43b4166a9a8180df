package org.budgetdisclosure.ingest.text;

import static org.budgetdisclosure.model.ClassificationCode.Scheme.ECONOMIC;
import static org.budgetdisclosure.model.ClassificationCode.Scheme.FUNCTION;
import static org.budgetdisclosure.model.Side.EXPENDITURE;
import static org.budgetdisclosure.model.Side.INCOME;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.ingest.text.ItemDictionary.Item;
import org.budgetdisclosure.ingest.text.TableProfile.ColumnSpec;
import org.budgetdisclosure.model.TableId;

/**
 * The twelve tables of the national format (财政部 部门预算公开统一格式, as the 2026 sample prints it).
 * Column and item aliases are the variants regional layouts print for the same thing; add one here
 * when a document uses a new wording rather than special-casing it in the reader.
 */
final class TableProfiles {

    /** 表1 income: 本年收入 by source and 上年结转结余, each group with its “其中” lines. */
    static final ItemDictionary T1_INCOME = ItemDictionary.of(
            Item.of("currentIncome", "本年收入", "本年收入合计").with(
                    Item.of("gpb", "一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算").with(
                            Item.of("gpbOwn", "一般财力", "一般公共预算收入", "本级一般公共预算", "本级财力"),
                            Item.of("gpbTransfer", "上级一般公共预算安排转移支付", "上级一般公共预算安排的转移支付",
                                    "上级一般公共预算转移支付")),
                    Item.of("fund", "政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金预算").with(
                            Item.of("fundOwn", "政府性基金收入", "本级政府性基金预算"),
                            Item.of("fundTransfer", "上级政府性基金安排转移支付", "上级政府性基金预算安排转移支付",
                                    "上级政府性基金转移支付")),
                    Item.of("soe", "国有资本经营预算拨款", "国有资本经营预算拨款收入", "国有资本经营预算").with(
                            Item.of("soeOwn", "国有资本经营收入", "国有资本经营预算收入", "本级国有资本经营预算"),
                            Item.of("soeTransfer", "上级国有资本经营预算安排转移支付", "上级国有资本经营预算转移支付")),
                    Item.of("specialAccount", "财政专户核拨", "财政专户管理资金", "财政专户管理资金收入", "财政专户"),
                    Item.of("unitFunds", "单位资金").with(
                            Item.of("businessIncome", "事业收入"),
                            Item.of("superiorSubsidy", "上级补助收入"),
                            Item.of("subordinateRemit", "附属单位上缴收入"),
                            Item.of("operatingIncome", "事业单位经营收入"),
                            Item.of("otherIncome", "其他收入"))),
            Item.of("carryover", "上年结转结余", "上年结转", "上年结转结余收入").with(
                    Item.of("carryFiscal", "财政拨款结转", "财政拨款结转结余", "上年财政拨款结转").with(
                            Item.of("carryFiscalGpb", "一般公共预算拨款", "一般公共预算"),
                            Item.of("carryFiscalFund", "政府性基金预算拨款", "政府性基金预算"),
                            Item.of("carryFiscalSoe", "国有资本经营预算拨款", "国有资本经营预算")),
                    Item.of("carryNonFiscal", "非财政拨款结转结余", "非财政拨款结转").with(
                            Item.of("carryNonFiscalSpecial", "财政专户核拨", "财政专户管理资金", "财政专户"),
                            Item.of("carryNonFiscalUnit", "单位资金"))));

    /**
     * 表4 income: 财政拨款（补助） by budget type and, where printed, 上年结转 by budget type. Its
     * carry-over keys are 表1's, so the two tables can be compared line by line. (“财政拨款收入” is not an
     * alias: it is the heading over this half, and would make the header read as a row.)
     */
    static final ItemDictionary T4_INCOME = ItemDictionary.of(
            Item.of("fiscal", "财政拨款（补助）", "财政拨款", "本年收入", "本年财政拨款收入").with(
                    Item.of("gpb", "一般公共预算", "一般公共预算拨款", "一般公共预算资金"),
                    Item.of("fund", "政府性基金预算", "政府性基金预算拨款", "政府性基金"),
                    Item.of("soe", "国有资本经营预算", "国有资本经营预算拨款")),
            Item.of("carryFiscal", "上年结转", "上年结转结余", "上年财政拨款结转", "财政拨款结转").with(
                    Item.of("carryFiscalGpb", "一般公共预算", "一般公共预算拨款"),
                    Item.of("carryFiscalFund", "政府性基金预算", "政府性基金预算拨款", "政府性基金"),
                    Item.of("carryFiscalSoe", "国有资本经营预算", "国有资本经营预算拨款")));

    /** 表10: the “三公” items (the vehicle subtotal with its two parts). */
    static final ItemDictionary T10_ITEMS = ItemDictionary.of(
            Item.of("travelAbroad", "因公出国（境）费用", "因公出国（境）费", "因公出国境费用"),
            Item.of("reception", "公务接待费", "公务接待费用"),
            Item.of("vehicle", "公务用车购置及运行维护费（小计）", "公务用车购置及运行维护费", "公务用车购置及运行费",
                    "公务用车购置及运行维护费小计", "公务用车购置及运行费（小计）").with(
                    Item.of("vehiclePurchase", "公务用车购置", "公务用车购置费"),
                    Item.of("vehicleRunning", "公务用车运行维护费", "公务用车运行费")));

    private static final List<ColumnSpec> BASIC_PROJECT = List.of(
            col("total", "合计", "总计", "支出合计"),
            col("basic", "基本支出"),
            col("project", "项目支出"));

    private static final List<ColumnSpec> BY_BUDGET_TYPE = List.of(
            col("total", "合计", "总计"),
            col("gpb", "一般公共预算", "一般公共预算拨款"),
            col("fund", "政府性基金", "政府性基金预算", "政府性基金预算拨款"),
            col("soe", "国有资本经营预算", "国有资本经营预算拨款"));

    private static final List<ColumnSpec> BASIC_SPLIT = List.of(
            col("total", "合计", "总计"),
            col("basic", "基本支出", "基本支出小计").asOptional(),
            col("personnel", "人员经费"),
            col("public", "公用经费"),
            col("project", "项目支出"));

    private static final Map<TableId, TableProfile> PROFILES = new EnumMap<>(TableId.class);

    static {
        put(new TableProfile(TableId.T1, true, FUNCTION, List.of(
                col("amount", "预算数", "金额", "预算金额", "本年预算数", "合计").on(INCOME),
                col("amount", "预算数", "金额", "预算金额", "本年预算数", "合计").on(EXPENDITURE)),
                List.of("收入\t\t支出", "项目\t预算数\t科目名称\t预算数"),
                T1_INCOME, false));
        put(new TableProfile(TableId.T2, false, FUNCTION, List.of(
                col("total", "总计", "合计"),
                col("fiscalSubtotal", "财政拨款（补助）小计", "财政拨款小计", "小计", "财政拨款（补助）合计"),
                col("gpb", "一般公共预算", "一般公共预算拨款"),
                col("gpbTransfer", "上级一般公共预算安排的转移支付", "上级一般公共预算转移支付", "一般公共预算上级转移支付"),
                col("fund", "政府性基金预算", "政府性基金预算拨款"),
                col("fundTransfer", "上级政府性基金安排的转移支付", "上级政府性基金预算安排的转移支付", "上级政府性基金转移支付",
                        "政府性基金上级转移支付"),
                col("soe", "国有资本经营预算", "国有资本经营预算拨款"),
                col("soeTransfer", "上级国有资本经营预算安排的转移支付", "上级国有资本经营预算转移支付",
                        "国有资本经营预算上级转移支付").asOptional(),
                col("specialAccount", "财政专户（教育收费）", "财政专户", "财政专户核拨", "财政专户管理资金"),
                col("unitFunds", "单位资金"),
                col("carryFiscal", "财政拨款结转", "财政拨款结转结余", "上年财政拨款结转"),
                col("carryNonFiscal", "非财政拨款结转结余", "非财政拨款结转")),
                List.of("科目代码\t\t\t科目名称\t总计\t财政拨款（补助）\t\t\t\t\t\t财政专户（教育收费）\t单位资金\t财政拨款结转\t非财政拨款结转结余",
                        "类\t款\t项\t\t\t财政拨款（补助）小计\t一般公共预算\t上级一般公共预算安排的转移支付\t政府性基金预算"
                                + "\t上级政府性基金安排的转移支付\t国有资本经营预算"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T3, false, FUNCTION, BASIC_PROJECT,
                List.of("科目\t\t\t支出预算", "科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出", "类\t款\t项"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T4, true, FUNCTION, List.of(
                col("amount", "合计", "预算数", "金额").on(INCOME),
                col("total", "合计", "总计").on(EXPENDITURE),
                col("gpb", "一般公共预算", "一般公共预算拨款").on(EXPENDITURE),
                col("fund", "政府性基金预算", "政府性基金", "政府性基金预算拨款").on(EXPENDITURE),
                col("soe", "国有资本经营预算", "国有资本经营预算拨款").on(EXPENDITURE)),
                List.of("财政拨款收入\t\t财政拨款支出", "项目\t合计\t科目名称\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算"),
                T4_INCOME, false));
        put(new TableProfile(TableId.T5, false, FUNCTION, BASIC_PROJECT,
                List.of("科目\t\t\t一般公共预算支出", "科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出", "类\t款\t项"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T6, false, ECONOMIC, List.of(
                col("total", "合计", "总计"),
                col("personnel", "人员经费"),
                col("public", "公用经费")),
                List.of("科目\t\t一般公共预算基本支出", "科目代码\t科目名称\t合计\t人员经费\t公用经费", "类\t款"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T7, false, FUNCTION, List.of(
                col("total", "项目支出合计", "合计", "总计"),
                col("e301", "工资福利支出"),
                col("e302", "商品和服务支出"),
                col("e303", "对个人和家庭的补助"),
                col("e307", "债务利息及费用支出"),
                col("e309", "资本性支出（基本建设）"),
                col("e310", "资本性支出"),
                col("e311", "对企业补助（基本建设）"),
                col("e312", "对企业补助"),
                col("e313", "对社会保障基金补助"),
                col("e399", "其他支出")),
                List.of("科目代码\t\t\t科目名称\t项目名称\t项目支出合计\t工资福利支出\t商品和服务支出\t对个人和家庭的补助"
                                + "\t债务利息及费用支出\t资本性支出（基本建设）\t资本性支出\t对企业补助（基本建设）\t对企业补助"
                                + "\t对社会保障基金补助\t其他支出",
                        "类\t款\t项"),
                ItemDictionary.NONE, true));
        put(new TableProfile(TableId.T8, false, FUNCTION, BASIC_SPLIT,
                List.of("科目\t\t\t政府性基金预算支出", "科目代码\t\t\t科目名称\t合计\t基本支出\t\t项目支出",
                        "类\t款\t项\t\t\t人员经费\t公用经费"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T9, false, FUNCTION, BASIC_SPLIT,
                List.of("科目\t\t\t国有资本经营预算支出", "科目代码\t\t\t科目名称\t合计\t基本支出\t\t项目支出",
                        "类\t款\t项\t\t\t人员经费\t公用经费"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T10, false, FUNCTION, BY_BUDGET_TYPE,
                List.of("“三公”经费支出内容\t合计\t资金来源", "\t\t一般公共预算\t政府性基金\t国有资本经营预算"),
                T10_ITEMS, false));
        put(new TableProfile(TableId.T11, false, FUNCTION, BY_BUDGET_TYPE,
                List.of("项目名称\t合计\t资金来源", "\t\t一般公共预算\t政府性基金\t国有资本经营预算"),
                ItemDictionary.NONE, false));
        put(new TableProfile(TableId.T12, false, FUNCTION, List.of(
                col("total", "合计", "总计"),
                col("fiscalSubtotal", "小计", "财政拨款小计", "财政拨款").under("财政拨款"),
                col("fiscalBasic", "基本支出").under("财政拨款").asOptional(),
                col("fiscalPersonnel", "人员经费").under("财政拨款"),
                col("fiscalPublic", "公用经费").under("财政拨款"),
                col("fiscalProject", "项目支出").under("财政拨款"),
                col("nonFiscalSubtotal", "小计", "非财政拨款小计", "非财政拨款").under("非财政拨款"),
                col("nonFiscalBasic", "基本支出").under("非财政拨款").asOptional(),
                col("nonFiscalPersonnel", "人员经费").under("非财政拨款"),
                col("nonFiscalPublic", "公用经费").under("非财政拨款"),
                col("nonFiscalProject", "项目支出").under("非财政拨款")),
                List.of("项目\t合计\t财政拨款\t\t\t\t非财政拨款",
                        "\t\t小计\t基本支出\t\t项目支出\t小计\t基本支出\t\t项目支出",
                        "\t\t\t人员经费\t公用经费\t\t\t人员经费\t公用经费"),
                ItemDictionary.NONE, false));
    }

    private TableProfiles() {
    }

    private static ColumnSpec col(String key, String label, String... aliases) {
        return ColumnSpec.of(key, label, aliases);
    }

    private static void put(TableProfile p) {
        PROFILES.put(p.id(), p);
    }

    static TableProfile of(TableId id) {
        return PROFILES.get(id);
    }
}

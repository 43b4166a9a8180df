package org.budgetdisclosure.model.budget;

/**
 * Where the money of a line comes from (资金来源), at the finest level 表1 prints. {@code itemKey} is
 * 表1's income item key of the source; {@code budgetType} is set for financial appropriations
 * (current and carried over), null for 财政专户 and 单位资金.
 */
public enum FundingSource {
    GPB("一般公共预算本级", "gpbOwn", BudgetType.GPB, Group.FISCAL),
    GPB_TRANSFER("一般公共预算上级转移支付", "gpbTransfer", BudgetType.GPB, Group.FISCAL),
    FUND("政府性基金本级", "fundOwn", BudgetType.FUND, Group.FISCAL),
    FUND_TRANSFER("政府性基金上级转移支付", "fundTransfer", BudgetType.FUND, Group.FISCAL),
    SOE("国有资本经营本级", "soeOwn", BudgetType.SOE, Group.FISCAL),
    SOE_TRANSFER("国有资本经营上级转移支付", "soeTransfer", BudgetType.SOE, Group.FISCAL),
    SPECIAL_ACCOUNT("财政专户核拨", "specialAccount", null, Group.SPECIAL_ACCOUNT),
    BUSINESS_INCOME("事业收入", "businessIncome", null, Group.UNIT_FUNDS),
    SUPERIOR_SUBSIDY("上级补助收入", "superiorSubsidy", null, Group.UNIT_FUNDS),
    SUBORDINATE_REMIT("附属单位上缴收入", "subordinateRemit", null, Group.UNIT_FUNDS),
    OPERATING_INCOME("事业单位经营收入", "operatingIncome", null, Group.UNIT_FUNDS),
    OTHER_INCOME("其他收入", "otherIncome", null, Group.UNIT_FUNDS),
    CARRY_GPB("上年结转一般公共预算", "carryFiscalGpb", BudgetType.GPB, Group.CARRY_FISCAL),
    CARRY_FUND("上年结转政府性基金", "carryFiscalFund", BudgetType.FUND, Group.CARRY_FISCAL),
    CARRY_SOE("上年结转国有资本经营", "carryFiscalSoe", BudgetType.SOE, Group.CARRY_FISCAL),
    CARRY_SPECIAL_ACCOUNT("上年结余财政专户", "carryNonFiscalSpecial", null, Group.CARRY_NON_FISCAL),
    CARRY_UNIT_FUNDS("上年结转结余单位资金", "carryNonFiscalUnit", null, Group.CARRY_NON_FISCAL);

    /** The groups of 表1's income side (and of 表2's columns). */
    public enum Group {
        FISCAL,            // 本年财政拨款（补助）
        SPECIAL_ACCOUNT,   // 财政专户核拨
        UNIT_FUNDS,        // 单位资金
        CARRY_FISCAL,      // 上年财政拨款结转
        CARRY_NON_FISCAL   // 上年非财政拨款结转结余
    }

    private final String chinese;
    private final String itemKey;
    private final BudgetType budgetType;
    private final Group group;

    FundingSource(String chinese, String itemKey, BudgetType budgetType, Group group) {
        this.chinese = chinese;
        this.itemKey = itemKey;
        this.budgetType = budgetType;
        this.group = group;
    }

    public String chinese() {
        return chinese;
    }

    public String itemKey() {
        return itemKey;
    }

    /** The budget type of a financial appropriation (current or carried over); null otherwise. */
    public BudgetType budgetType() {
        return budgetType;
    }

    public Group group() {
        return group;
    }

    /** 财政拨款: the three budget types, this year's or carried over. */
    public boolean isFiscal() {
        return budgetType != null;
    }

    public boolean isTransfer() {
        return this == GPB_TRANSFER || this == FUND_TRANSFER || this == SOE_TRANSFER;
    }

    public boolean isCarryOver() {
        return group == Group.CARRY_FISCAL || group == Group.CARRY_NON_FISCAL;
    }

    /** By its Chinese name or its constant name; null when neither. */
    public static FundingSource byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        for (FundingSource s : values()) {
            if (s.chinese.equals(n) || s.name().equals(n)) {
                return s;
            }
        }
        return null;
    }
}

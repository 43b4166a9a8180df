package org.budgetdisclosure.model;

/** 政府采购情况: the total, its three parts, and the reserves for SMEs (中小企业) and small/micro firms (小微企业). */
public record Procurement(Money total, Money goods, Money works, Money services, Money smeReserve,
                          Money smallMicroReserve, SourceRef at, SourceRef reservesAt) {

    /** Without a separate place for the reserve sentence. */
    public Procurement(Money total, Money goods, Money works, Money services, Money smeReserve, Money smallMicroReserve,
                       SourceRef at) {
        this(total, goods, works, services, smeReserve, smallMicroReserve, at, null);
    }
}

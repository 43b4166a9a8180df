package org.budgetdisclosure.model.budget;

import org.budgetdisclosure.model.Money;

/** 政府采购预算 by kind, and the reserves for SMEs (中小企业) and small/micro firms (小微企业) inside it. */
public record ProcurementPlan(Money goods, Money works, Money services, Money smeReserve, Money smallMicroReserve) {

    public Money total() {
        return goods.plus(works).plus(services);
    }
}

package org.budgetdisclosure.web;

import java.util.List;
import org.budgetdisclosure.portal.CheckedDocument;
import org.budgetdisclosure.store.AuditEntry;
import org.budgetdisclosure.store.DisclosureRecord;

/** The workbench page of one draft: what it is, its findings, what the actor may do, its audit log. */
public record DraftView(DisclosureRecord record, CheckedDocument checked, boolean canEdit, boolean canSubmit,
                        boolean canReview, List<AuditEntry> audit,
                        org.budgetdisclosure.portal.BudgetForm.Values form) {

    public boolean budget() {
        return record.sourceFormat() == DisclosureRecord.SourceFormat.BUDGET_JSON;
    }
}

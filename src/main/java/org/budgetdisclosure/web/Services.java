package org.budgetdisclosure.web;

import org.budgetdisclosure.portal.Accounts;
import org.budgetdisclosure.portal.Catalogues;
import org.budgetdisclosure.portal.Documents;
import org.budgetdisclosure.portal.Exports;
import org.budgetdisclosure.portal.Passwords;
import org.budgetdisclosure.portal.Workflow;
import org.budgetdisclosure.store.Database;

/** What the web handlers call. */
public record Services(Database db, Workflow workflow, Accounts accounts, Exports exports, Catalogues catalogues) {

    /**
     * Everything over one database.
     *
     * @param bcryptStrength bcrypt's cost: 10 for a server, 4 makes tests fast
     */
    public static Services over(Database db, int bcryptStrength) {
        Catalogues catalogues = new Catalogues(db);
        Documents documents = new Documents(catalogues);
        Workflow workflow = new Workflow(db, documents);
        return new Services(db, workflow, new Accounts(db, new Passwords(bcryptStrength)), new Exports(documents), catalogues);
    }
}

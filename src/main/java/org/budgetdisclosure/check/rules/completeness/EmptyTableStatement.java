package org.budgetdisclosure.check.rules.completeness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.check.CheckContext;
import org.budgetdisclosure.check.Family;
import org.budgetdisclosure.check.Findings;
import org.budgetdisclosure.check.Location;
import org.budgetdisclosure.check.Rule;
import org.budgetdisclosure.check.RuleInfo;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.model.Cells;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * An empty table is printed with the sentence that says why (“…没有使用…安排的支出，…为空表。”), and
 * only an empty table has one. Empty means no amount other than zero: a table of printed 0.00 is as
 * empty as a blank one. Also: the sentence under a table names that table, not another (a sentence
 * copied from the table before is a common slip).
 *
 * <p>A table with amounts and the sentence: error (one of them is wrong). An empty table without the
 * sentence, or a sentence naming another table: warning (the figures are not in doubt).
 */
public final class EmptyTableStatement implements Rule {

    public static final RuleInfo INFO = new RuleInfo("COMP-EMPTY-TABLE", "空表应注明为空表，注明为空表的表中不应有金额",
            Severity.ERROR, Family.COMPLETENESS);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Disclosure d, CheckContext ctx, Findings out) {
        for (Table t : d.tables()) {
            check(t, out);
        }
    }

    /** Each table's title as {@link ProjectMatching#key} has it: constants, keyed once rather than per statement. */
    private static final Map<TableId, String> TITLE_KEYS = titleKeys();

    private static Map<TableId, String> titleKeys() {
        Map<TableId, String> keys = new EnumMap<>(TableId.class);
        for (TableId id : TableId.values()) {
            keys.put(id, ProjectMatching.key(id.title()));
        }
        return Collections.unmodifiableMap(keys);
    }

    /** True when no row has an amount other than zero. */
    public static boolean isEmpty(Table t) {
        List<Row> rows = t.rows(); // by index: the model's immutable list, whose iterator is not always spared
        for (int i = 0; i < rows.size(); i++) {
            if (anyNonZero(rows.get(i).cells())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row's cells hold an amount other than zero; the model's cells say it without iterators. */
    private static boolean anyNonZero(Map<String, Money> cells) {
        if (cells instanceof Cells c) {
            return c.anyNonZero();
        }
        for (Money m : cells.values()) {
            if (!m.isZero()) {
                return true;
            }
        }
        return false;
    }

    private static void check(Table t, Findings out) {
        String statement = t.emptyStatement();
        boolean noStatement = statement == null || statement.isBlank();
        boolean empty = isEmpty(t);
        if (noStatement && !empty) {
            return; // the usual table: figures and no statement, nothing to build
        }
        Location here = Location.of(t.at()).inTable(t.id(), null, null);
        if (noStatement) {
            if (empty) {
                out.report(INFO, Severity.WARNING, here, List.of(),
                        t.id().label() + "没有任何金额，应在表下注明为空表及其原因（如“…没有…安排的支出，" + t.id().title() + "为空表。”）。");
            }
            return;
        }
        if (!empty) {
            out.report(INFO, Severity.ERROR, here, List.of(),
                    t.id().label() + "注明“为空表”，但表中有金额：说明与表不符。");
            return;
        }
        otherTableNamed(t.id(), statement).ifPresent(other -> out.report(INFO, Severity.WARNING, here, List.of(),
                t.id().label() + "下的空表说明写的是“" + other.title() + "”，应为“" + t.id().title() + "”。"));
    }

    /** The table a statement names when that is not {@code own}; empty when it names {@code own} or none. */
    static Optional<TableId> otherTableNamed(TableId own, String statement) {
        if (statement.contains(own.title())) {
            // the usual statement prints its own table's title as it is: the key maps each character on its
            // own (ProjectMatching.key(a + b) = key(a) + key(b)), so the statement's key holds the title's, and
            // keying the whole sentence can be spared
            return Optional.empty();
        }
        String s = ProjectMatching.key(statement);
        if (s.contains(TITLE_KEYS.get(own))) {
            return Optional.empty();
        }
        for (TableId id : TableId.values()) {
            if (id != own && s.contains(TITLE_KEYS.get(id))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}

package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import java.util.Random;
import org.budgetdisclosure.check.rules.ProjectMatching;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

/**
 * {@link EmptyTableStatement#otherTableNamed} answers at once when the statement prints its own table's
 * title as it is; held here to the answer from the keys alone, as it was found before.
 */
class EmptyTableStatementTitleTest {

    private static final String[] PIECES = {" ", "\u3000", "(", ")", "（", "）", "“", "”", "\"", "、", "，", "。", "为空表", "没有",
        "预算", "支出", "情况表", "财政拨款", "三公", "经费", "一般公共", "政府性基金", "Ａ", "2026", "年"};

    @Test
    void answersAsTheKeysDo() {
        TableId[] ids = TableId.values();
        qt().withExamples(20000).forAll(integers().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(8); i >= 0; i--) {
                int pick = r.nextInt(PIECES.length + 3);
                b.append(pick < PIECES.length ? PIECES[pick] : ids[r.nextInt(ids.length)].title());
            }
            String s = b.toString();
            TableId own = ids[r.nextInt(ids.length)];
            assertThat(EmptyTableStatement.otherTableNamed(own, s)).as("%s under %s", s, own).isEqualTo(byKeys(own, s));
        });
    }

    @Test
    void examples() {
        assertThat(EmptyTableStatement.otherTableNamed(TableId.T8, "本部门没有政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"))
                .isEmpty();
        assertThat(EmptyTableStatement.otherTableNamed(TableId.T9, "本部门没有政府性基金预算拨款安排的支出，政府性基金预算支出情况表为空表。"))
                .contains(TableId.T8);
        assertThat(EmptyTableStatement.otherTableNamed(TableId.T10, "财政拨款\"三公\"经费支出 情况表为空表。")).isEmpty();
    }

    /** The answer worked out from the keys alone. */
    private static Optional<TableId> byKeys(TableId own, String statement) {
        String s = ProjectMatching.key(statement);
        if (s.contains(ProjectMatching.key(own.title()))) {
            return Optional.empty();
        }
        for (TableId id : TableId.values()) {
            if (id != own && s.contains(ProjectMatching.key(id.title()))) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}

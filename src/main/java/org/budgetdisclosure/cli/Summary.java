package org.budgetdisclosure.cli;

import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Table;

/** A few lines that tell a person what was read. */
final class Summary {

    private Summary() {
    }

    static String of(Disclosure d) {
        StringBuilder b = new StringBuilder();
        var h = d.header();
        b.append(h.department()).append(' ').append(h.year()).append("年 ").append(h.kind().chinese()).append('\n');
        b.append("第一部分：主要职能 ").append(d.overview().duties().size()).append(" 条，下属单位 ")
                .append(d.overview().subordinateUnits().size()).append(" 个\n");
        b.append("第二部分：").append(d.tables().size()).append(" 张表\n");
        for (Table t : d.tables()) {
            b.append("  ").append(t.id().label()).append("：").append(t.rows().size()).append(" 行");
            if (t.emptyStatement() != null) {
                b.append("（空表）");
            }
            b.append('\n');
        }
        var e = d.explanation();
        b.append("第三部分：").append(e.sections().size()).append(" 节，数字事实 ").append(e.facts().size())
                .append(" 条，项目 ").append(e.projects().size()).append(" 个\n");
        int targets = (d.targets().department() == null ? 0 : 1) + d.targets().projects().size();
        b.append("绩效目标表：").append(targets).append(" 张\n");
        b.append("第四部分：名词解释 ").append(d.glossary().size()).append(" 条\n");
        return b.toString();
    }
}

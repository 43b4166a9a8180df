package org.budgetdisclosure.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.Column;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentHeader;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.GlossaryTerm;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Paragraph;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/** Test helpers: a renderer's bytes, and small disclosures built in code. */
final class Rendered {

    /** Text no office file may choke on: XML markup, an ampersand, control characters, a lone surrogate. */
    static final String HOSTILE = "<b>甲&乙</b>\u0001\u0007\u0000<script>\uD800丙\t丁";
    static final String HOSTILE_CLEANED = "<b>甲&乙</b><script>丙 丁";

    private Rendered() {
    }

    static byte[] bytes(Renderer r, Disclosure d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            r.render(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Row row(RowKind kind, String code, String name, boolean bold, Object... keysAndAmounts) {
        Map<String, Money> cells = new LinkedHashMap<>();
        for (int i = 0; i < keysAndAmounts.length; i += 2) {
            cells.put((String) keysAndAmounts[i], Money.of((String) keysAndAmounts[i + 1]));
        }
        var level = code == null ? null : org.budgetdisclosure.model.CodeLevel.ofDigits(code.length());
        return new Row(kind, null, code, level, name, null, kind == RowKind.TOTAL ? "total" : null, bold, cells, null);
    }

    /** A small 表3: one 类 row, one 项 row with an empty 项目支出 cell, and the total. */
    static Table table3() {
        return new Table(TableId.T3, 3, "部门支出总体情况表", "某某局", "万元",
                List.of(new Column("total", "合计"), new Column("basic", "基本支出"), new Column("project", "项目支出")),
                List.of(row(RowKind.FUNCTION, "201", "一般公共服务支出", true, "total", "12.50", "basic", "10.00",
                                "project", "2.50"),
                        row(RowKind.FUNCTION, "2010301", "行政运行", false, "total", "10.00", "basic", "10.00"),
                        row(RowKind.TOTAL, null, "总计", true, "total", "12.50", "basic", "10.00", "project", "2.50")),
                null, null);
    }

    /** The sample with hostile text in its header, one table, one paragraph and one glossary term. */
    static Disclosure hostile(Disclosure sample) {
        DocumentHeader h = sample.header();
        DocumentHeader header = new DocumentHeader(HOSTILE, h.year(), h.kind(), h.unit(), HOSTILE, h.signedOn(), h.at());
        Table t3 = sample.table(TableId.T3).orElseThrow();
        List<Row> rows = new ArrayList<>(t3.rows());
        Row first = rows.get(0);
        rows.set(0, new Row(first.kind(), first.side(), first.code(), first.level(), HOSTILE, first.projectName(),
                first.key(), first.bold(), first.cells(), first.at()));
        Table hostileTable = new Table(t3.id(), t3.number(), "部门支出总体情况表" + HOSTILE + "[]:*?/\\", HOSTILE, t3.unit(),
                t3.columns(), rows, HOSTILE, t3.at());
        Explanation e = sample.explanation();
        List<Section> sections = new ArrayList<>(e.sections());
        Section s1 = sections.get(0);
        List<Paragraph> ps = new ArrayList<>(s1.paragraphs());
        ps.add(0, new Paragraph(HOSTILE, false, null));
        sections.set(0, new Section(s1.number(), s1.title(), ps, s1.at()));
        List<GlossaryTerm> glossary = new ArrayList<>(sample.glossary());
        glossary.add(new GlossaryTerm(99, HOSTILE, HOSTILE, null));
        return new Disclosure(sample.source(), header, sample.overview(), sample.tables(),
                new Explanation(sections, e.facts(), e.lists(), e.projects(), e.other()), sample.targets(), glossary)
                .withTable(hostileTable);
    }
}

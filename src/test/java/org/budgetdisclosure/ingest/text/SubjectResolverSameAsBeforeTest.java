package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.Subject;
import org.budgetdisclosure.model.Table;
import org.junit.jupiter.api.Test;

/**
 * The character-mask screening in {@link SubjectResolver} only skips tests that cannot pass: over the
 * sample's own subjects and names glued together from the words the terms look for, the tables' names
 * and stray characters, it resolves every name as {@link SubjectResolverBefore} does, notices included.
 */
class SubjectResolverSameAsBeforeTest {

    private static final List<Table> TABLES = sampleTables();
    private static final List<String> PIECES = pieces();

    @Test
    void resolvesTheSampleSubjectsAsBefore() {
        for (String words : sampleSubjects()) {
            assertSame(words);
        }
    }

    @Test
    void resolvesNamesGluedFromTheTermsWordsAsBefore() {
        qt().withExamples(20000).forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 4))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    for (int i : picks) {
                        b.append(PIECES.get(i));
                    }
                    assertSame(b.toString());
                });
    }

    /**
     * The resolver skips a table whose function rows an earlier table prints the same: over tables
     * drawn from rows that share codes or names (and copies of earlier tables, in part or whole), every
     * name, and every chain of them, resolves as before.
     */
    @Test
    void indexesTablesThatRepeatOthersAsBefore() {
        List<String> pool = List.of("201 一般公共服务支出", "20103 政府办公厅（室）及相关机构事务", "2010301 行政运行",
                "2010350 事业运行", "208 社会保障和就业支出", "20805 行政事业单位养老支出", "2080505 行政运行",
                "20103 政府办公厅(室)及相关机构事务", "2010301 行政 运行", "201 一般公共服务", "210 一般公共服务支出");
        List<org.budgetdisclosure.model.TableId> ids = List.of(org.budgetdisclosure.model.TableId.T2,
                org.budgetdisclosure.model.TableId.T3, org.budgetdisclosure.model.TableId.T5, org.budgetdisclosure.model.TableId.T7);
        qt().withExamples(3000)
                .forAll(lists().of(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(0, 6)).ofSizeBetween(1, 4),
                        lists().of(integers().between(0, 3)).ofSizeBetween(4, 4))
                .checkAssert((picks, copies) -> {
                    List<List<String>> rowsOfTables = new ArrayList<>();
                    for (int t = 0; t < picks.size(); t++) {
                        List<String> rows = new ArrayList<>();
                        for (int i : picks.get(t)) {
                            rows.add(pool.get(i));
                        }
                        // now and then a table printing an earlier one's rows again
                        int from = copies.get(t);
                        if (from < t && copies.get(3) % 2 == 0) {
                            rows = new ArrayList<>(rowsOfTables.get(from));
                        }
                        rowsOfTables.add(rows);
                    }
                    List<Table> tables = new ArrayList<>();
                    for (int t = 0; t < rowsOfTables.size(); t++) {
                        tables.add(ExplanationFixtures.functionTable(ids.get(t), rowsOfTables.get(t)));
                    }
                    for (String codeAndName : pool) {
                        String name = codeAndName.substring(codeAndName.indexOf(' ') + 1);
                        assertSameIn(tables, name);
                        assertSameIn(tables, "一般公共服务支出（类）" + name + "（款）");
                        assertSameIn(tables, "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）" + name + "（项）");
                    }
                });
    }

    private static void assertSameIn(List<Table> tables, String words) {
        ReadContext nowCtx = new ReadContext("x");
        ReadContext beforeCtx = new ReadContext("x");
        assertThat(new SubjectResolver(tables).resolve(words, 3, 7, nowCtx)).as(words)
                .isEqualTo(new SubjectResolverBefore(tables).resolve(words, 3, 7, beforeCtx));
        assertThat(nowCtx.diagnostics()).as(words).isEqualTo(beforeCtx.diagnostics());
    }

    private static void assertSame(String words) {
        assertSameBy(words, (r, ctx) -> r.resolve(words, 3, 7, ctx), (r, ctx) -> r.resolve(words, 3, 7, ctx));
        assertSameBy(words, (r, ctx) -> r.procurement(words, 13, 7, ctx), (r, ctx) -> r.procurement(words, 13, 7, ctx));
    }

    private static void assertSameBy(String words, BiFunction<SubjectResolver, ReadContext, Subject> now,
                                     BiFunction<SubjectResolverBefore, ReadContext, Subject> before) {
        ReadContext nowCtx = new ReadContext("x");
        ReadContext beforeCtx = new ReadContext("x");
        assertThat(now.apply(new SubjectResolver(TABLES), nowCtx)).as(words)
                .isEqualTo(before.apply(new SubjectResolverBefore(TABLES), beforeCtx));
        assertThat(nowCtx.diagnostics()).as(words).isEqualTo(beforeCtx.diagnostics());
    }

    private static List<Table> sampleTables() {
        ReadContext ctx = new ReadContext("x");
        List<Table> tables = new ArrayList<>();
        for (Segments.TableRegion r : Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText())).tables()) {
            tables.add(TableReader.read(r, ctx));
        }
        return tables;
    }

    private static List<String> sampleSubjects() {
        ReadContext ctx = new ReadContext("x");
        List<String> words = new ArrayList<>();
        for (SectionSplitter.RawSection s : SectionSplitter.split(ExplanationFixtures.samplePart3(), ctx)) {
            for (ProseParagraph p : s.paragraphs()) {
                for (StatedFigure f : FactExtractor.figures(p, s.number(), ctx)) {
                    words.add(f.words());
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(50);
        return words;
    }

    /** The words the terms look for, halves of them, the tables' names, the level marks and stray characters. */
    private static List<String> pieces() {
        Set<String> pieces = new LinkedHashSet<>(List.of(
                "转移支付", "一般公共预算", "政府性基金", "国有资本", "上年结转", "结转结余", "国有资本经营", "财政专户", "单位资金",
                "事业收入", "上级补助收入", "附属单位上缴", "经营收入", "其他收入", "财政拨款收支总预算", "财政拨款收支预算总",
                "收支总预算", "收支预算总", "拨款合计", "当年拨款", "拨款总", "一般公共预算支出", "收入预算", "收入总预算", "预算收入",
                "总收入", "支出预算", "支出总预算", "预算支出", "总支出", "购置及运行", "因公出国", "公务接待", "公务用车购置",
                "公务用车运行", "三公", "人员经费", "公用经费", "基本支出", "项目支出", "小微", "中小企业", "货物", "工程", "服务",
                "采购", "运行经费", "（类）", "（款）", "（项）", "的", " ", "“", "”", "x", "1", "合计", "预算", "支", "出", "收", "入",
                "总", "一般", "公共"));
        for (String w : List.copyOf(pieces)) {
            if (w.length() > 1) {
                pieces.add(w.substring(0, w.length() / 2));
                pieces.add(w.substring(w.length() / 2));
            }
        }
        for (Table t : TABLES) {
            for (Row r : t.rows()) {
                if (r.name() != null) {
                    pieces.add(r.name());
                }
                if (r.projectName() != null) {
                    pieces.add(r.projectName());
                }
            }
        }
        pieces.addAll(sampleSubjects());
        return List.copyOf(pieces);
    }
}

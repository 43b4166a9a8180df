package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.CodeLevel;
import org.budgetdisclosure.model.Row;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.Table;
import org.budgetdisclosure.model.TableId;

/**
 * Inputs for the part 3 reader tests: tables built by hand (the table reader is written separately,
 * and the part 3 reader only needs codes and names from them) and part 3 as lines.
 */
final class ExplanationFixtures {

    /** The function rows of the sample's 表5, as “code name”. */
    static final List<String> SAMPLE_TABLE5 = List.of(
            "201 一般公共服务支出",
            "20103 政府办公厅（室）及相关机构事务",
            "2010301 行政运行",
            "2010350 事业运行",
            "2010399 其他政府办公厅（室）及相关机 构事务支出",
            "208 社会保障和就业支出",
            "20805 行政事业单位养老支出",
            "2080505 机关事业单位基本养老保险缴费支出",
            "2080506 机关事业单位职业年金缴费支出",
            "210 卫生健康支出",
            "21011 行政事业单位医疗",
            "2101101 行政单位医疗",
            "2101102 事业单位医疗",
            "2101103 公务员医疗补助",
            "2101199 其他行政事业单位医疗支出",
            "221 住房保障支出",
            "22102 住房改革支出",
            "2210201 住房公积金");

    private ExplanationFixtures() {
    }

    /** A table of function rows, each given as “code name”. */
    static Table functionTable(TableId id, List<String> codeAndName) {
        List<Row> rows = new ArrayList<>();
        for (String s : codeAndName) {
            int space = s.indexOf(' ');
            String code = s.substring(0, space);
            rows.add(new Row(RowKind.FUNCTION, null, code, CodeLevel.ofDigits(code.length()), s.substring(space + 1), null, null,
                    false, Map.of(), null));
        }
        return new Table(id, id.number(), id.title(), null, "万元", List.of(), rows, null, null);
    }

    static List<Table> sampleTables() {
        return List.of(functionTable(TableId.T5, SAMPLE_TABLE5));
    }

    static List<SourceLine> samplePart3() {
        return Segmenter.segment(TextDisclosureReader.lines(Samples.sampleText())).part3();
    }

    /** Lines of an inline text, numbered from 1. */
    static List<SourceLine> lines(String text) {
        return TextDisclosureReader.lines(text);
    }

    static ReadContext context() {
        return new ReadContext("test.txt");
    }
}

package org.budgetdisclosure.check.report;

import java.util.Map;
import java.util.TreeMap;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Section;
import org.budgetdisclosure.model.Table;

/** Which part of the document a line belongs to, from where the model says each part starts. */
final class Outline {

    private final TreeMap<Integer, String> starts = new TreeMap<>();

    Outline(Disclosure d) {
        if (d.overview() != null && d.overview().at() != null && d.overview().at().line() != null) {
            starts.put(d.overview().at().line(), "第一部分 部门概况");
        }
        for (Table t : d.tables()) {
            if (t.at() != null && t.at().line() != null) {
                starts.put(t.at().line(), "第二部分 › " + t.id().label());
            }
        }
        if (d.explanation() != null) {
            for (Section s : d.explanation().sections()) {
                if (s.at() != null && s.at().line() != null) {
                    starts.put(s.at().line(), "第三部分 › " + s.number() + "、" + shorten(s.title()));
                }
            }
        }
        if (d.targets() != null) {
            if (d.targets().department() != null && d.targets().department().at() != null && d.targets().department().at().line() != null) {
                starts.put(d.targets().department().at().line(), "第三部分 › 部门整体绩效目标表");
            }
            d.targets().projects().forEach(p -> {
                if (p.at() != null && p.at().line() != null) {
                    starts.put(p.at().line(), "第三部分 › 项目支出绩效目标表 · " + p.projectName());
                }
            });
        }
        if (!d.glossary().isEmpty() && d.glossary().get(0).at() != null && d.glossary().get(0).at().line() != null) {
            starts.put(d.glossary().get(0).at().line(), "第四部分 名词解释");
        }
    }

    String partOf(Integer line) {
        if (line == null) {
            return "全文";
        }
        Map.Entry<Integer, String> e = starts.floorEntry(line);
        return e == null ? "封面与目录" : e.getValue();
    }

    private static String shorten(String title) {
        return title.length() > 30 ? title.substring(0, 30) + "…" : title;
    }
}

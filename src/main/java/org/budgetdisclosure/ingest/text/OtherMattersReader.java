package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.budgetdisclosure.ingest.ReadContext;
import org.budgetdisclosure.model.Assets;
import org.budgetdisclosure.model.Fact;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.OtherMatters;
import org.budgetdisclosure.model.PerformanceSummary;
import org.budgetdisclosure.model.Procurement;
import org.budgetdisclosure.model.SourceRef;
import org.budgetdisclosure.model.SubjectKind;

/**
 * Reads section 13, 其他重要事项: (一) 机关运行经费, (二) 政府采购, (三) 国有资产占用, (四) 预算绩效,
 * (五) 其他需说明的事项. Each sub-heading is recognised by its words, not its number, since documents
 * number and word them a little differently (单位运行经费 / 机关运行经费); paragraphs before any
 * sub-heading are sorted by their own words.
 */
final class OtherMattersReader {

    /** The other matters the national format lists. */
    enum Matter {
        RUNNING_COSTS("机关运行经费情况"),
        PROCUREMENT("政府采购情况"),
        ASSETS("国有资产占用使用情况"),
        PERFORMANCE("预算绩效情况"),
        NOTES("其他需说明的事项");

        private final String chinese;

        Matter(String chinese) {
            this.chinese = chinese;
        }

        static Matter of(String text) {
            if (text.contains("运行经费")) {
                return RUNNING_COSTS;
            }
            if (text.contains("采购")) {
                return PROCUREMENT;
            }
            if (text.contains("资产") || text.contains("车辆") || text.contains("房屋")) {
                return ASSETS;
            }
            if (text.contains("绩效")) {
                return PERFORMANCE;
            }
            if (text.contains("其他") && (text.contains("说明") || text.contains("事项"))) {
                return NOTES;
            }
            return null;
        }
    }

    record Result(OtherMatters other, List<Fact> facts) {

        Result {
            facts = List.copyOf(facts);
        }
    }

    private OtherMattersReader() {
    }

    static Result read(List<ProseParagraph> paragraphs, int section, SubjectResolver subjects, ReadContext ctx) {
        Map<Matter, List<ProseParagraph>> byMatter = sort(paragraphs);
        List<Fact> facts = new ArrayList<>();
        int sectionLine = paragraphs.isEmpty() ? 0 : paragraphs.get(0).firstLine();
        for (Matter m : Matter.values()) {
            if (!byMatter.containsKey(m)) {
                ctx.warning("READ-OTHER-MISSING", "第十三节缺少“" + m.chinese + "”。", sectionLine);
            }
        }
        FactExtractor.Figures reading = new FactExtractor.Figures(); // reads the figures of every paragraph in turn
        // the figures taken straight from the reading's builders, as ExplanationReader does
        for (ProseParagraph p : byMatter.getOrDefault(Matter.RUNNING_COSTS, List.of())) {
            for (int j = 0, n = p.heading() ? 0 : reading.read(p, section, ctx); j < n; j++) {
                FactExtractor.Figure f = reading.figure(j);
                facts.add(f.fact(section, subjects.resolve(f.words(), section, f.line(), ctx), ctx.at(f.line())));
            }
        }
        List<Fact> procurementFacts = new ArrayList<>();
        for (ProseParagraph p : byMatter.getOrDefault(Matter.PROCUREMENT, List.of())) {
            for (int j = 0, n = p.heading() ? 0 : reading.read(p, section, ctx); j < n; j++) {
                FactExtractor.Figure f = reading.figure(j);
                procurementFacts.add(f.fact(section, subjects.procurement(f.words(), section, f.line(), ctx), ctx.at(f.line())));
            }
        }
        facts.addAll(procurementFacts);
        Procurement procurement = byMatter.containsKey(Matter.PROCUREMENT) ? procurement(procurementFacts, byMatter.get(Matter.PROCUREMENT), ctx) : null;
        Assets assets = byMatter.containsKey(Matter.ASSETS) ? AssetsReader.read(byMatter.get(Matter.ASSETS), ctx) : null;
        PerformanceSummary performance = null;
        if (byMatter.containsKey(Matter.PERFORMANCE)) {
            PerformanceSummaryReader.Result r = PerformanceSummaryReader.read(byMatter.get(Matter.PERFORMANCE), section, ctx);
            performance = r.summary();
            facts.addAll(r.facts());
        }
        String notes = notes(byMatter.get(Matter.NOTES));
        return new Result(new OtherMatters(procurement, assets, performance, notes), facts);
    }

    /** Paragraphs under each sub-heading; paragraphs before the first by their own words. */
    private static Map<Matter, List<ProseParagraph>> sort(List<ProseParagraph> paragraphs) {
        Map<Matter, List<ProseParagraph>> out = new EnumMap<>(Matter.class);
        Matter current = null;
        for (ProseParagraph p : paragraphs) {
            Matter m = p.heading() ? Matter.of(p.text()) : (current != null ? current : Matter.of(p.text()));
            if (p.heading()) {
                current = m;
            }
            if (m != null) {
                out.computeIfAbsent(m, k -> new ArrayList<>()).add(p);
            }
        }
        return out;
    }

    private static Procurement procurement(List<Fact> facts, List<ProseParagraph> paragraphs, ReadContext ctx) {
        // the first amount of each item, and the place of the first reserve: one loop, no map or stream
        Money total = null;
        Money goods = null;
        Money works = null;
        Money services = null;
        Money sme = null;
        Money smallMicro = null;
        SourceRef reservesAt = null;
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.subject().kind() != SubjectKind.PROCUREMENT) {
                continue;
            }
            String key = f.subject().key();
            if (reservesAt == null && key.endsWith("Reserve")) {
                reservesAt = f.at();
            }
            Money a = f.amount();
            if (a == null) {
                continue;
            }
            switch (key) {
                case "total" -> total = total == null ? a : total;
                case "goods" -> goods = goods == null ? a : goods;
                case "works" -> works = works == null ? a : works;
                case "services" -> services = services == null ? a : services;
                case "smeReserve" -> sme = sme == null ? a : sme;
                case "smallMicroReserve" -> smallMicro = smallMicro == null ? a : smallMicro;
                default -> {
                    // a key no field holds
                }
            }
        }
        SourceRef at = facts.isEmpty() ? ctx.at(paragraphs.get(0).firstLine()) : facts.get(0).at();
        return new Procurement(total, goods, works, services, sme, smallMicro, at, reservesAt);
    }

    private static String notes(List<ProseParagraph> paragraphs) {
        if (paragraphs == null) {
            return null;
        }
        StringJoiner j = new StringJoiner("\n");
        for (ProseParagraph p : paragraphs) {
            if (!p.heading()) {
                j.add(p.text());
            }
        }
        return j.length() == 0 ? null : j.toString();
    }
}

package org.budgetdisclosure.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.CatalogFileException;
import org.budgetdisclosure.catalog.Classification;
import org.budgetdisclosure.catalog.Entry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bd catalog [CODE|NAME…]}: looks codes and names up in the year's catalog. Exit 1 when a
 * query is not found (as grep does), 2 for an unreadable catalog file.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"查询支出功能分类（类/款/项）与部门预算支出经济分类（类/款）科目。",
                "不带参数时列出目录概况。参数可以是科目代码（2010301、201 03 01）或名称。"})
final class CatalogCommand implements Callable<Integer> {

    @Mixin
    CatalogOptions catalog = new CatalogOptions();

    @Parameters(paramLabel = "CODE|NAME", arity = "0..*", description = "要查询的科目代码或名称。")
    List<String> queries = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Catalog> loaded;
        try {
            loaded = catalog.load(null, err);
        } catch (CatalogFileException e) {
            err.println("bd catalog: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (loaded.isEmpty()) {
            return Main.BAD_INPUT;
        }
        Catalog c = loaded.get();
        if (queries.isEmpty()) {
            out.println(c.dataYear() + " 年科目目录");
            describe(out, "支出功能分类", c.function());
            describe(out, "部门预算支出经济分类", c.economic());
            out.flush();
            return Main.OK;
        }
        boolean allFound = true;
        for (String q : queries) {
            List<Entry> hits = lookup(c, q);
            if (hits.isEmpty()) {
                out.println(q + "\t未找到" + (c.function().isPartial() ? "（内置目录不完整，可用 --function-catalog 加载官方目录）" : ""));
                allFound = false;
                continue;
            }
            for (Entry e : hits) {
                Classification cl = c.classification(e.code().scheme());
                out.println(e.code().digits() + "\t" + e.name() + "\t" + e.level().chinese()
                        + e.parentCode().map(p -> "\t上级 " + p.digits()).orElse("")
                        + "\t[" + e.verified().label() + "; " + e.source() + "]");
                for (Entry k : cl.children(e.code())) {
                    out.println("  " + k.code().digits() + "\t" + k.name());
                }
            }
        }
        out.flush();
        return allFound ? Main.OK : Main.FINDINGS;
    }

    private static void describe(PrintWriter out, String label, Classification cl) {
        out.println("  " + label + "：" + cl.size() + " 个科目" + (cl.isPartial() ? "（部分）" : "") + "，" + cl.description());
    }

    private static List<Entry> lookup(Catalog c, String q) {
        String digits = q.replaceAll("\\s", "");
        if (digits.matches("\\d+")) {
            List<Entry> hits = new ArrayList<>();
            c.function().find(digits).ifPresent(hits::add);
            c.economic().find(digits).ifPresent(hits::add);
            return hits;
        }
        List<Entry> hits = new ArrayList<>(c.function().byName(q));
        hits.addAll(c.economic().byName(q));
        return hits;
    }
}

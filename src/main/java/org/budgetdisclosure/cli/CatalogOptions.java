package org.budgetdisclosure.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.budgetdisclosure.catalog.Catalog;
import org.budgetdisclosure.catalog.CatalogFileException;
import org.budgetdisclosure.catalog.Catalogs;
import org.budgetdisclosure.catalog.Classification;
import org.budgetdisclosure.model.Parsed;
import picocli.CommandLine.Option;

/** The catalog flags shared by commands: the year, and official CSV files that replace the shipped data. */
final class CatalogOptions {

    @Option(names = "--year", description = "科目目录的年度（默认为文档的预算年度，或最新的内置目录）。")
    Integer year;

    @Option(names = "--function-catalog", paramLabel = "FILE",
            description = "官方支出功能分类科目 CSV（code,name 或 科目编码,科目名称；UTF-8 或 GBK），替换内置的部分目录。")
    Path functionCsv;

    @Option(names = "--economic-catalog", paramLabel = "FILE",
            description = "官方部门预算支出经济分类科目 CSV，替换内置的部分目录。")
    Path economicCsv;

    /** The catalog to use, or empty when none is shipped for the year and none was given. */
    Optional<Catalog> load(Integer documentYear, PrintWriter err) throws CatalogFileException {
        int y = year != null ? year : documentYear != null ? documentYear : Catalogs.shippedYears().last();
        Optional<Catalog> base = Catalogs.builtIn(y);
        if (base.isEmpty()) {
            err.println("bd: 没有 " + y + " 年及以前的内置科目目录；科目名称检查将只使用文档本身。");
            return Optional.empty();
        }
        Catalog c = base.get();
        if (c.isFallback()) {
            err.println("bd: 没有 " + y + " 年的内置科目目录，改用 " + c.dataYear() + " 年的。");
        }
        if (functionCsv != null) {
            Parsed<Classification> f = Catalogs.loadFunctionCsv(functionCsv);
            Diagnostics.print(f.diagnostics(), err);
            c = c.withFunction(f.value());
        }
        if (economicCsv != null) {
            Parsed<Classification> e = Catalogs.loadEconomicCsv(economicCsv);
            Diagnostics.print(e.diagnostics(), err);
            c = c.withEconomic(e.value());
        }
        return Optional.of(c);
    }
}

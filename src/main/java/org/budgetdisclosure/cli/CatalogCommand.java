package org.budgetdisclosure.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code bd catalog}: look up classification codes (filled in when the catalog package lands). */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "查询支出功能分类与经济分类科目。")
final class CatalogCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return Main.OK;
    }
}

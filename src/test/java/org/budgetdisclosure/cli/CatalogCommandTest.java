package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.cli.ParseCommandTest.bd;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

    @TempDir
    Path dir;

    @Test
    void looksUpCodesAndNamesInTheShippedCatalog() {
        ParseCommandTest.Run r = bd("catalog", "2010301", "政府办公厅(室)及相关机 构事务", "30231");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2010301\t行政运行\t项\t上级 20103")
                .contains("20103\t政府办公厅（室）及相关机构事务")
                .contains("  2010350\t事业运行")
                .contains("30231\t公务用车运行维护费");
    }

    @Test
    void anUnknownCodeExitsOneAndSaysTheCatalogIsPartial() {
        ParseCommandTest.Run r = bd("catalog", "2130599");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("2130599\t未找到").contains("--function-catalog");
    }

    @Test
    void anOfficialCsvInGbkReplacesTheShippedFunctionCatalog() throws Exception {
        Path csv = dir.resolve("function-2026.csv");
        Files.write(csv, "科目编码,科目名称\n213,农林水支出\n21305,巩固脱贫攻坚成果衔接乡村振兴\n2130599,其他巩固脱贫攻坚成果衔接乡村振兴支出\n"
                .getBytes(Charset.forName("GBK")));
        ParseCommandTest.Run r = bd("catalog", "--function-catalog", csv.toString(), "2130599");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("2130599\t其他巩固脱贫攻坚成果衔接乡村振兴支出\t项\t上级 21305");
    }

    @Test
    void aMissingCatalogFileExitsTwoWithItsName() {
        ParseCommandTest.Run r = bd("catalog", "--function-catalog", dir.resolve("none.csv").toString(), "201");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("none.csv").doesNotContain("\tat ");
    }
}

package org.budgetdisclosure.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.catalog.NameCheck.Outcome;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Diagnostic.Severity;
import org.budgetdisclosure.model.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCsvLoadTest {

    @TempDir
    Path dir;

    private static final String OFFICIAL_EXTRACT = """
            科目编码,科目名称
            201,一般公共服务支出
            20101,人大事务
            2010101,行政运行
            20103,政府办公厅（室）及相关机构事务
            201 03 01,行政运行
            201 03 50,事业运行
            """;

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    @Test
    void aUtf8AndAGbkFileGiveTheSameEntries() throws Exception {
        Parsed<Classification> utf8 = Catalogs.loadFunctionCsv(write("f-utf8.csv", OFFICIAL_EXTRACT, StandardCharsets.UTF_8));
        Parsed<Classification> gbk = Catalogs.loadFunctionCsv(write("f-gbk.csv", OFFICIAL_EXTRACT, Charset.forName("GBK")));
        assertThat(utf8.diagnostics()).isEmpty();
        assertThat(gbk.diagnostics()).isEmpty();
        assertThat(gbk.value().entries()).extracting(Entry::code, Entry::name)
                .containsExactlyElementsOf(utf8.value().entries().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.code(), e.name())).toList());
        assertThat(utf8.value().find("2010350")).map(Entry::name).contains("事业运行");
        assertThat(utf8.value().size()).isEqualTo(6);
    }

    @Test
    void aUserFileIsCompleteAndEachRowPointsAtItsLine() throws Exception {
        Classification c = Catalogs.loadFunctionCsv(write("official.csv", OFFICIAL_EXTRACT, StandardCharsets.UTF_8)).value();
        assertThat(c.isPartial()).isFalse();
        assertThat(c.find("2010301")).map(Entry::source).contains("official.csv:6");
        assertThat(c.find("2010301")).map(Entry::verified).contains(Verification.SUPPLIED);
        assertThat(c.check("2010302", "一般行政管理事务").outcome()).isEqualTo(Outcome.NOT_IN_CATALOG);
    }

    @Test
    void readsABomUtf16TabFileAsExcelSavesUnicodeText() throws Exception {
        String tsv = "\uFEFF代码\t名称\r\n301\t工资福利支出\r\n30101\t基本工资\r\n";
        Parsed<Classification> p = Catalogs.loadEconomicCsv(write("e.txt", tsv, StandardCharsets.UTF_16LE));
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.value().find("30101")).map(Entry::name).contains("基本工资");
    }

    @Test
    void acceptsEnglishHeadersATitleAboveThemAndClassSectionItemColumns() throws Exception {
        String titled = """
                2026年政府收支分类科目（支出功能分类）,,
                ,,
                类,款,项,科目名称
                201,,,一般公共服务支出
                201,03,,政府办公厅（室）及相关机构事务
                201,03,01,行政运行
                """;
        Parsed<Classification> p = Catalogs.readCsv("titled.csv", titled.getBytes(StandardCharsets.UTF_8), Scheme.FUNCTION);
        assertThat(p.diagnostics()).isEmpty();
        assertThat(p.value().entries()).extracting(e -> e.code().digits()).containsExactly("201", "20103", "2010301");

        String english = "name,code\n工资福利支出,301\n基本工资,30101\n";
        Parsed<Classification> e = Catalogs.readCsv("en.csv", english.getBytes(StandardCharsets.UTF_8), Scheme.ECONOMIC);
        assertThat(e.value().find("30101")).map(Entry::name).contains("基本工资");
    }

    @Test
    void aFileWithoutHeaderIsReadWhenItStartsWithACodeAndAName() throws Exception {
        Parsed<Classification> p = Catalogs.readCsv("bare.csv", "301,工资福利支出\n30101,基本工资\n".getBytes(StandardCharsets.UTF_8),
                Scheme.ECONOMIC);
        assertThat(p.value().size()).isEqualTo(2);
    }

    @Test
    void badRowsGiveLocatedMessagesAndTheRestIsRead() throws Exception {
        String bad = """
                科目编码,科目名称,级次
                201,一般公共服务支出,1
                20103,政府办公厅（室）及相关机构事务,2
                2010A01,行政运行,3
                20103,政府办公厅,2
                2050201,学前教育,3
                2010301,行政运行,2
                ,一、一般公共预算
                201,一般公共服务支出,1
                """;
        Path file = write("bad.csv", bad, StandardCharsets.UTF_8);
        Parsed<Classification> p = Catalogs.loadFunctionCsv(file);
        assertThat(p.diagnostics()).extracting(d -> d.at().line(), Diagnostic::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "CATALOG-BAD-CODE"),
                org.assertj.core.groups.Tuple.tuple(5, "CATALOG-DUPLICATE"),
                org.assertj.core.groups.Tuple.tuple(7, "CATALOG-LEVEL"),
                org.assertj.core.groups.Tuple.tuple(8, "CATALOG-NO-CODE"),
                org.assertj.core.groups.Tuple.tuple(6, "CATALOG-NO-PARENT"));
        Diagnostic duplicate = p.diagnostics().get(1);
        assertThat(duplicate.severity()).isEqualTo(Severity.ERROR);
        assertThat(duplicate.at().label()).isEqualTo(file + ":5");
        assertThat(duplicate.message()).contains("20103", "第 3 行", "政府办公厅");
        assertThat(p.diagnostics().get(4).message()).contains("2050201", "205");
        assertThat(p.value().find("20103")).map(Entry::name).contains("政府办公厅（室）及相关机构事务");
        assertThat(p.value().find("2050201")).as("kept despite the hole above it").isPresent();
        assertThat(p.value().find("2010301")).map(Entry::level).contains(org.budgetdisclosure.model.CodeLevel.ITEM);
        assertThat(p.value().size()).isEqualTo(4);
    }

    @Test
    void lineNumbersCountTheBlankLinesAndCarriageReturns() throws Exception {
        String text = "code,name\r\n\r\n301,工资福利支出\r\n\r\n\r\n3010,基本工资\r\n";
        Parsed<Classification> p = Catalogs.readCsv("blank.csv", text.getBytes(StandardCharsets.UTF_8), Scheme.ECONOMIC);
        assertThat(p.diagnostics()).extracting(d -> d.at().label()).containsExactly("blank.csv:6");
    }

    @Test
    void aCodeOfTheWrongLengthForTheSchemeIsABadRow() throws Exception {
        Parsed<Classification> p = Catalogs.readCsv("e.csv", "code,name\n301,工资福利支出\n3010101,基本工资\n"
                .getBytes(StandardCharsets.UTF_8), Scheme.ECONOMIC);
        assertThat(p.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("CATALOG-BAD-CODE");
            assertThat(d.at().label()).isEqualTo("e.csv:3");
            assertThat(d.message()).contains("3 或 5 位");
        });
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithFileAndLineNotAStackTrace() throws Exception {
        Path noHeader = write("notes.csv", "这是说明\n没有表头\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Catalogs.loadFunctionCsv(noHeader))
                .isInstanceOf(CatalogFileException.class)
                .hasMessageStartingWith(noHeader + ":1: 找不到表头");

        Path xlsx = dir.resolve("catalog.xlsx");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0});
        assertThatThrownBy(() -> Catalogs.loadFunctionCsv(xlsx))
                .isInstanceOf(CatalogFileException.class).hasMessageContaining("另存为 CSV");

        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> Catalogs.loadEconomicCsv(missing))
                .isInstanceOf(CatalogFileException.class).hasMessage(missing + ": 文件不存在");

        Path unclosed = write("quote.csv", "code,name\n301,工资福利支出\n30101,\"基本工资\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Catalogs.loadEconomicCsv(unclosed))
                .isInstanceOf(CatalogFileException.class)
                .satisfies(e -> assertThat(((CatalogFileException) e).at().line()).isNotNull())
                .hasMessageContaining("CSV 格式错误");
    }

    @Test
    void loadsBothSchemesAsTheCatalogOfAYear() throws Exception {
        Path f = write("f.csv", OFFICIAL_EXTRACT, StandardCharsets.UTF_8);
        Path e = write("e.csv", "科目编码,科目名称\n301,工资福利支出\n30199,其他工资福利支出\n31099,其他资本性支出\n",
                Charset.forName("GB18030"));
        Parsed<Catalog> p = Catalogs.loadCsv(f, e, 2027);
        assertThat(p.value().year()).isEqualTo(2027);
        assertThat(p.value().isFallback()).isFalse();
        assertThat(p.value().economic().find("30199")).isPresent();
        assertThat(p.diagnostics()).extracting(Diagnostic::code).containsExactly("CATALOG-NO-PARENT");
        assertThat(p.diagnostics().get(0).at().label()).isEqualTo(e + ":4");
    }
}

package org.budgetdisclosure.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.budgetdisclosure.Golden;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.ingest.UnreadableInputException;
import org.budgetdisclosure.model.Diagnostic;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.DocumentKind;
import org.budgetdisclosure.model.Money;
import org.budgetdisclosure.model.Parsed;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.render.JsonRenderer;
import org.junit.jupiter.api.Test;

/** The whole reader on the sample and on partial or foreign input. */
class TextDisclosureReaderTest {

    private final TextDisclosureReader reader = new TextDisclosureReader();

    @Test
    void theSampleReadsToTheReviewedGoldenJson() {
        Golden.assertMatches("sample.json", JsonRenderer.toJson(Samples.sample()));
    }

    @Test
    void theSampleInGb18030ReadsToTheSameModel() throws Exception {
        byte[] gb = Samples.sampleText().getBytes(Charset.forName("GB18030"));
        Parsed<Disclosure> a = reader.read(Samples.SAMPLE_NAME, gb);
        assertThat(JsonRenderer.toJson(a.value())).isEqualTo(JsonRenderer.toJson(Samples.sample()));
        assertThat(a.value()).isEqualTo(Samples.sample());
    }

    @Test
    void readingWithTheTextGivesWhatDecodingAndReadingTheTextGive() throws Exception {
        // UTF-8 takes the one-pass path, UTF-8 with a BOM the same path after the mark, GB18030 the general one
        byte[] utf8 = Samples.sampleBytes();
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] gb = Samples.sampleText().getBytes(Charset.forName("GB18030"));
        for (byte[] bytes : new byte[][] {utf8, bom, gb}) {
            String text = TextDecoder.decode(Samples.SAMPLE_NAME, bytes).text();
            Parsed<Disclosure> apart = reader.read(Samples.SAMPLE_NAME, text);
            TextDisclosureReader.WithText together = reader.readWithText(Samples.SAMPLE_NAME, bytes);
            assertThat(together.text()).isEqualTo(text);
            assertThat(together.parsed()).isEqualTo(apart);
        }
        assertThatThrownBy(() -> reader.readWithText("empty.txt", new byte[0]))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("文件为空");
    }

    @Test
    void theSampleHasItsHeaderAllPartsAndOnlyHarmlessDiagnostics() {
        Parsed<Disclosure> p = Samples.parsedSample();
        Disclosure d = p.value();
        assertThat(d.header().department()).isEqualTo("昌吉市人民政府办公室");
        assertThat(d.header().year()).isEqualTo(2026);
        assertThat(d.header().kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
        assertThat(d.header().unit()).isEqualTo("万元");
        assertThat(d.header().signedOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(d.tables()).hasSize(12);
        assertThat(d.overview().duties()).hasSize(9);
        assertThat(d.explanation().sections()).hasSize(13);
        assertThat(d.explanation().projects()).hasSize(3);
        assertThat(d.targets().projects()).hasSize(3);
        assertThat(d.glossary()).hasSize(9);
        assertThat(p.diagnostics()).allMatch(x -> x.severity() == Diagnostic.Severity.NOTICE);
        assertThat(p.diagnostics()).extracting(x -> x.at().line()).containsExactly(602, 627, 628);
    }

    @Test
    void everyAmountPrintedInATableIsInTheModel() {
        // count the numbers printed in the table region of the sample and the cells in the model
        String text = Samples.sampleText();
        String[] lines = text.split("\n");
        int printed = 0;
        for (int i = 85; i < 400; i++) { // 表1 (line 86) to the end of 表12
            for (String cell : lines[i].split("\t")) {
                String bare = cell.replaceAll("</?b>", "").strip();
                // codes (201, 03, 301) are not amounts; amounts always print two decimals
                if (Money.tryParse(bare).isPresent() && !bare.matches("\\d{2,3}")) {
                    printed++;
                }
            }
        }
        int modelled = Samples.sample().tables().stream().flatMap(t -> t.rows().stream()).mapToInt(r -> r.cells().size()).sum();
        assertThat(modelled).isEqualTo(printed);
    }

    @Test
    void aPartialDisclosureReadsWhatIsThereAndReportsTheRest() throws Exception {
        String partial = """
                2026 年某某局

                部门预算公开

                ## 第二部分 2026 年部门预算公开表

                表 3

                ## 部门支出总体情况表

                编制部门：某某局

                单位：万元

                科目\t\t\t支出预算\t\t
                科目代码\t\t\t科目名称\t合计\t基本支出\t项目支出
                类\t款\t项\t\t\t\t
                201\t\t\t一般公共服务支出\t10.00\t8.00\t2.00
                \t\t\t总计\t10.00\t8.00\t2.00
                """;
        Parsed<Disclosure> p = reader.read("partial.txt", partial.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(p.value().header().department()).isEqualTo("某某局");
        assertThat(p.value().tables()).extracting(t -> t.id()).containsExactly(TableId.T3);
        assertThat(p.value().table(TableId.T3).orElseThrow().rowByCode("201").orElseThrow().amount("project"))
                .isEqualTo(Money.of("2.00"));
        assertThat(p.diagnostics()).filteredOn(x -> x.code().equals("READ-TABLE-MISSING")).hasSize(11);
        assertThat(p.diagnostics()).filteredOn(x -> x.code().equals("READ-TABLE-MISSING"))
                .extracting(Diagnostic::message).anyMatch(m -> m.contains("表1 部门收支总体情况表"));
    }

    @Test
    void textThatIsNotADisclosureIsRefused() {
        assertThatThrownBy(() -> reader.read("notes.txt", "会议纪要\n今天讨论了预算。\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("不是部门预算公开文本");
    }
}

package org.budgetdisclosure.check.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.ClassificationCode.Scheme;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class CodeFormTest {

    private final CodeForm rule = new CodeForm();

    @Test
    void wellFormedIsWhatProblemFindsNothingWrongWith() {
        // codes of up to 8 characters drawn mostly from digits, so the well-formed ones come up often
        org.quicktheories.QuickTheory.qt().withExamples(20_000)
                .forAll(org.quicktheories.generators.SourceDSL.strings().betweenCodePoints('-', ';').ofLengthBetween(0, 8),
                        org.quicktheories.generators.SourceDSL.booleans().all())
                .checkAssert((code, function) -> {
                    Scheme scheme = function ? Scheme.FUNCTION : Scheme.ECONOMIC;
                    assertThat(CodeForm.wellFormed(scheme, code)).as(code).isEqualTo(CodeForm.problem(scheme, code) == null);
                });
        for (String code : new String[] {"201", "234", "200", "235", "20101", "2010101", "301", "399", "300", "30101", "3010101", "", "2x1"}) {
            for (Scheme scheme : Scheme.values()) {
                assertThat(CodeForm.wellFormed(scheme, code)).as(code).isEqualTo(CodeForm.problem(scheme, code) == null);
            }
        }
    }

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsAnEconomicCodeOfTheWrongLength() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T6, r -> "30101".equals(r.code()), r -> Edits.coded(r, "3010"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CAT-CODE-FORM");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T6);
            assertThat(f.at().line()).isEqualTo(279);
        });
    }

    @Test
    void flagsAProjectCodeOfTheWrongLength() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T7,
                r -> r.kind() == RowKind.PROJECT && "运行补助经费".equals(r.projectName()), r -> Edits.coded(r, "201039"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.at().line()).isEqualTo(322));
    }

    @Test
    void flagsAFunctionCodeOutsideTheClassRange() {
        Disclosure d = Edits.rows(Samples.sample(), TableId.T3, r -> "2010301".equals(r.code()), r -> Edits.coded(r, "1990301"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.at().line()).isEqualTo(176);
            assertThat(f.message()).contains("199").contains("201–234");
        });
    }

    @Test
    void knowsTheSchemesLengthsAndRanges() {
        assertThat(CodeForm.problem(Scheme.FUNCTION, "2010301")).isNull();
        assertThat(CodeForm.problem(Scheme.ECONOMIC, "39999")).isNull();
        assertThat(CodeForm.problem(Scheme.ECONOMIC, "3020101")).contains("3 或 5 位");
        assertThat(CodeForm.problem(Scheme.ECONOMIC, "401")).contains("301–399");
        assertThat(CodeForm.problem(Scheme.FUNCTION, "235")).contains("201–234");
        assertThat(CodeForm.problem(Scheme.FUNCTION, "20I03")).contains("数字");
    }
}

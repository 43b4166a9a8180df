package org.budgetdisclosure.check.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;
import static org.budgetdisclosure.check.Mutations.withCell;

import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class SourceClaimsTest {

    private final SourceClaims rule = new SourceClaims();

    @Test
    void acceptsTheSample() {
        // §4: “收入全部为一般公共预算拨款，无政府性基金预算拨款和国有资本经营预算。” — 表4 agrees
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsASourceSaidToBeAbsentThatTable4Fills() {
        Disclosure d = withCell(Samples.sample(), TableId.T4, "fund", "amount", "5.00");
        // the fund income contradicts both halves of the sentence: not the sole source, and not absent
        assertThat(run(rule, d)).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("PROSE-SOURCE-CLAIM");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().line()).isEqualTo(440);
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo("政府性基金预算"));
        }).extracting(f -> f.at().row()).containsExactlyInAnyOrder("全部为一般公共预算拨款", "无政府性基金预算拨款");
    }

    @Test
    void flagsTheSoleSourceLeftEmpty() {
        Disclosure d = ProseMutations.sampleEdited("收入全部为一般公共预算拨款", "收入全部为政府性基金预算拨款");
        assertThat(run(rule, d)).extracting(f -> f.message()).anySatisfy(m -> assertThat(m).contains("该来源为空"))
                .anySatisfy(m -> assertThat(m).contains("一般公共预算").contains("1,229.70"));
    }
}

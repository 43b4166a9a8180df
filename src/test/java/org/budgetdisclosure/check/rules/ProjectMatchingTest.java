package org.budgetdisclosure.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.function.Function;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.catalog.Names;
import org.budgetdisclosure.check.rules.ProjectMatching.Result;
import org.budgetdisclosure.check.rules.ProjectMatching.Table7Project;
import org.junit.jupiter.api.Test;

class ProjectMatchingTest {

    private static final List<Table7Project> SAMPLE = ProjectMatching.table7(Samples.sample());

    @Test
    void readsTheSamplesThreeProjectsFromTable7() {
        assertThat(SAMPLE).extracting(Table7Project::name).containsExactly("电子政务维护费", "运行补助经费", "化债工作奖补资金");
        assertThat(SAMPLE.get(1).amount().plain()).isEqualTo("67.78");
        assertThat(SAMPLE.get(1).place().line()).isEqualTo(322);
    }

    @Test
    void theKeyIgnoresSpacesBracketsQuotesAndPunctuation() {
        assertThat(ProjectMatching.key("“电子政务 维护费”")).isEqualTo(ProjectMatching.key("电子政务维护费"));
        assertThat(ProjectMatching.key("信息系统(二期)")).isEqualTo(ProjectMatching.key("信息系统（二期）"));
    }

    @Test
    void pairsExactNamesFirstThenTheClosestNearMiss() {
        Result<String> r = ProjectMatching.match(SAMPLE, List.of("化债工作奖补资金", "运行补助资金", "电子政务维护费项目"), Function.identity());
        assertThat(r.exact()).extracting(p -> p.other()).containsExactly("化债工作奖补资金");
        assertThat(r.near()).extracting(p -> p.project().name() + "=" + p.other())
                .containsExactlyInAnyOrder("运行补助经费=运行补助资金", "电子政务维护费=电子政务维护费项目");
        assertThat(r.onlyTable7()).isEmpty();
        assertThat(r.onlyOther()).isEmpty();
    }

    @Test
    void unrelatedNamesStayUnpaired() {
        Result<String> r = ProjectMatching.match(SAMPLE, List.of("办公楼维修改造"), Function.identity());
        assertThat(r.near()).isEmpty();
        assertThat(r.onlyOther()).containsExactly("办公楼维修改造");
        assertThat(r.onlyTable7()).hasSize(3);
    }

    @Test
    void aShortGenericNameInsideAnotherIsNoNearMiss() {
        // “经费” is inside 运行补助经费, but two characters say nothing
        Result<String> r = ProjectMatching.match(SAMPLE, List.of("经费"), Function.identity());
        assertThat(r.near()).isEmpty();
    }

    @Test
    void editDistanceCountsCharacters() {
        assertThat(ProjectMatching.distance("运行补助经费", "运行补助资金")).isEqualTo(2);
        assertThat(ProjectMatching.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void theKeyLeavesOutWhatTheListOfPunctuationNames() {
        // the key skips the search of the list for CJK ideographs: held to the search of every character
        String punctuation = "\"'《》〈〉、，。；：·.-—_/／（）〔〕";
        String pool = punctuation + "()[]:,; 　\t经费维护电子政务一二三ABCａ１";
        qt().withExamples(3000).forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12)).checkAssert(noise -> {
            StringBuilder mixed = new StringBuilder();
            for (int i = 0; i < noise.length(); i++) {
                char c = noise.charAt(i);
                mixed.append(i % 2 == 0 ? c : pool.charAt(c % pool.length()));
            }
            String name = mixed.toString();
            StringBuilder expected = new StringBuilder();
            for (char c : Names.key(name).toCharArray()) {
                if (punctuation.indexOf(c) < 0) {
                    expected.append(c);
                }
            }
            assertThat(ProjectMatching.key(name)).as(name).isEqualTo(expected.toString());
        });
    }
}

package org.budgetdisclosure.check.rules.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Explanation;
import org.budgetdisclosure.model.ProjectDescription;
import org.budgetdisclosure.model.TableId;
import org.junit.jupiter.api.Test;

class DescriptionForEveryProjectTest {

    private final DescriptionForEveryProject rule = new DescriptionForEveryProject();

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsATable7ProjectThatPart3DoesNotDescribe() {
        Disclosure d = Edits.withoutDescription(Samples.sample(), "运行补助经费");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("COMP-PROJECT-DESC");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T7);
            assertThat(f.at().line()).isEqualTo(322);
        });
    }

    @Test
    void flagsADescriptionOfAProjectTable7DoesNotHave() {
        Disclosure d = Edits.explanation(Samples.sample(), e -> {
            List<ProjectDescription> list = new ArrayList<>(e.projects());
            list.add(Edits.renamed(e.projects().get(0), "办公楼维修改造"));
            return new Explanation(e.sections(), e.facts(), e.lists(), list, e.other());
        });
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().section()).isEqualTo(7);
            assertThat(f.at().line()).isEqualTo(495);
            assertThat(f.message()).contains("办公楼维修改造");
        });
    }

    @Test
    void warnsOnANearMissNameAndNamesBoth() {
        Disclosure d = Edits.description(Samples.sample(), "化债工作奖补资金", p -> Edits.renamed(p, "化债工作奖补经费"));
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(521);
            assertThat(f.message()).contains("化债工作奖补经费").contains("化债工作奖补资金");
        });
    }

    @Test
    void leavesAMissingSection7ToTheReader() {
        Disclosure d = Edits.explanation(Samples.sample(), e -> new Explanation(
                e.sections().stream().filter(s -> s.number() != 7).toList(), e.facts(), e.lists(), List.of(), e.other()));
        assertThat(run(rule, d)).isEmpty();
    }
}

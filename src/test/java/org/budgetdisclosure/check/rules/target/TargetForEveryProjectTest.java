package org.budgetdisclosure.check.rules.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.check.Mutations.run;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.Samples;
import org.budgetdisclosure.check.Finding;
import org.budgetdisclosure.check.Mutations;
import org.budgetdisclosure.check.Severity;
import org.budgetdisclosure.check.rules.Edits;
import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.ProjectTarget;
import org.budgetdisclosure.model.RowKind;
import org.budgetdisclosure.model.TableId;
import org.budgetdisclosure.model.Targets;
import org.junit.jupiter.api.Test;

class TargetForEveryProjectTest {

    private final TargetForEveryProject rule = new TargetForEveryProject();

    private static Disclosure withExtraTarget(Disclosure d, String name) {
        List<ProjectTarget> list = new ArrayList<>(d.targets().projects());
        list.add(Edits.renamed(d.targets().projects().get(0), name));
        return d.withTargets(new Targets(d.targets().department(), list));
    }

    @Test
    void acceptsTheSample() {
        assertThat(run(rule, Samples.sample())).isEmpty();
    }

    @Test
    void flagsATable7ProjectWithoutTargetTable() {
        Disclosure d = Edits.withoutProject(Samples.sample(), "运行补助经费");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("TGT-PROJECT-MATCH");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().table()).isEqualTo(TableId.T7);
            assertThat(f.at().line()).isEqualTo(322);
            assertThat(f.message()).contains("运行补助经费");
        });
    }

    @Test
    void flagsATargetTableForAProjectTable7DoesNotHave() {
        Disclosure d = withExtraTarget(Samples.sample(), "办公楼维修改造");
        assertThat(run(rule, d)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.at().row()).isEqualTo("项目支出绩效目标表“办公楼维修改造”");
            assertThat(f.at().line()).isEqualTo(605);
        });
    }

    @Test
    void aTargetOutsideTable7IsOnlyAWarningWhenSomeProjectsAreNotInTable7() {
        // 表3 shows more project spending than 表7: some projects are paid from other sources
        Disclosure d = Mutations.withCell(withExtraTarget(Samples.sample(), "办公楼维修改造"), TableId.T3,
                r -> r.kind() == RowKind.TOTAL, "project", "170.52");
        assertThat(run(rule, d)).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void warnsOnANearMissNameAndNamesBothSpellings() {
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.renamed(p, "运行补助资金"));
        List<Finding> found = run(rule, d);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.at().line()).isEqualTo(647);
            assertThat(f.message()).contains("运行补助资金").contains("运行补助经费");
            assertThat(f.related()).singleElement().satisfies(l -> assertThat(l.line()).isEqualTo(322));
        });
    }

    @Test
    void ignoresPrintingNoiseInNames() {
        // a PDF line break inside the name, half-width quotes around it
        Disclosure d = Edits.project(Samples.sample(), "运行补助经费", p -> Edits.renamed(p, "\"运行补助 经费\""));
        assertThat(run(rule, d)).isEmpty();
    }

    @Test
    void everyProjectIsMissingWhenNoTargetTableIsPrinted() {
        Disclosure d = Samples.sample().withTargets(new Targets(null, List.of()));
        assertThat(run(rule, d)).hasSize(3).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
}

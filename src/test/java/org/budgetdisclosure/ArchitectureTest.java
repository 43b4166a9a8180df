package org.budgetdisclosure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies pointing inward (STYLE.md): model ← catalog ← {ingest, check, compute, render};
 * model ← store; {stages, store} ← portal (the portal's use cases) ← {web, cli}; web and cli are the
 * composition roots; no cycles.
 */
class ArchitectureTest {

    private static final String ROOT = "org.budgetdisclosure";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String pkg(String name) {
        return ROOT + "." + name + "..";
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("catalog"), pkg("ingest"), pkg("check"),
                        pkg("compute"), pkg("render"), pkg("store"), pkg("portal"), pkg("web"), pkg("cli"))
                .check(classes);
    }

    @Test
    void modelUsesNoFrameworks() {
        noClasses().that().resideInAPackage(pkg("model"))
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "picocli..", "org.apache..", "io.javalin..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void catalogSeesOnlyTheModel() {
        noClasses().that().resideInAPackage(pkg("catalog"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("ingest"), pkg("check"), pkg("compute"),
                        pkg("render"), pkg("store"), pkg("web"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theFourStagesDoNotSeeEachOtherOrTheShells() {
        String[] stages = {"ingest", "check", "compute", "render"};
        for (String stage : stages) {
            String[] others = java.util.Arrays.stream(stages).filter(s -> !s.equals(stage)).map(ArchitectureTest::pkg)
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(pkg(stage))
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
            noClasses().that().resideInAPackage(pkg(stage))
                    .should().dependOnClassesThat().resideInAnyPackage(pkg("store"), pkg("portal"), pkg("web"), pkg("cli"))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void storeSeesOnlyTheModel() {
        noClasses().that().resideInAPackage(pkg("store"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("catalog"), pkg("ingest"), pkg("check"),
                        pkg("compute"), pkg("render"), pkg("portal"), pkg("web"), pkg("cli"))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void portalKnowsNothingOfHttpOrTheShells() {
        noClasses().that().resideInAPackage(pkg("portal"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("web"), pkg("cli"), "io.javalin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void theShellsDoNotSeeEachOther() {
        noClasses().that().resideInAPackage(pkg("web")).should().dependOnClassesThat().resideInAPackage(pkg("cli"))
                .allowEmptyShould(true).check(classes);
        // cli may start the web server (bd serve), and nothing else of it: only the server and its services
        noClasses().that().resideInAPackage(pkg("cli")).should().dependOnClassesThat(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(pkg("web")).and(
                                com.tngtech.archunit.base.DescribedPredicate.not(
                                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("PortalServer")
                                                .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("Services")))))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}

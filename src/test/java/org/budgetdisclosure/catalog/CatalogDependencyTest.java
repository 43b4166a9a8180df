package org.budgetdisclosure.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalog sits just above the model: readers, checkers and renderers use it, it uses none of them. */
class CatalogDependencyTest {

    @Test
    void theCatalogDependsOnlyOnTheModelTheJdkAndCommonsCsv() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.budgetdisclosure.catalog");
        classes().that().resideInAPackage("org.budgetdisclosure.catalog")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.budgetdisclosure.catalog", "org.budgetdisclosure.model", "java..",
                        "org.apache.commons.csv")
                .check(classes);
    }
}

package org.tierdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the arrows of DESIGN.md: ui, cli → report, store → engine → program. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tierdesk");
    }

    @Test
    void engineStaysFreeOfStorageScreensAndIo() {
        noClasses().that().resideInAPackage("org.tierdesk.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.tierdesk.store..", "org.tierdesk.ui..", "org.tierdesk.cli..", "org.tierdesk.report..",
                        "org.tierdesk.scenario..", "javafx..", "java.sql..", "java.nio.file..", "org.jooq..",
                        "com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void engineOpensNoFiles() {
        noClasses().that().resideInAPackage("org.tierdesk.engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void programModelKnowsNoPartners() {
        noClasses().that().resideInAPackage("org.tierdesk.program..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.tierdesk.engine..", "org.tierdesk.store..", "org.tierdesk.ui..", "org.tierdesk.cli..",
                        "org.tierdesk.report..", "org.tierdesk.scenario..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void storeAndReportDoNotReachIntoScreensOrCommands() {
        noClasses().that().resideInAnyPackage("org.tierdesk.store..", "org.tierdesk.report..",
                        "org.tierdesk.scenario..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tierdesk.ui..", "org.tierdesk.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void commandLineDoesNotUseScreens() {
        noClasses().that().resideInAPackage("org.tierdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.tierdesk.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }
}

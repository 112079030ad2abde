package io.github.ctglib.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * ctg-core stays free of infrastructure (no JDBC, no Jackson, no adapter, no console, no logging binding) and its
 * packages form no cycle.
 */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.ctglib");

    @Test
    void coreDoesNotUseJdbc() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..").check(CORE);
    }

    @Test
    void coreDoesNotUseJackson() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..").check(CORE);
    }

    @Test
    void coreDoesNotDependOnAdaptersOrTheCli() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.github.ctglib.storage..", "io.github.ctglib.cli..").check(CORE);
    }

    @Test
    void coreLogsThroughSlf4jOnly() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CORE);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CORE);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ch.qos.logback..", "org.apache.logging..")
                .check(CORE);
    }

    @Test
    void theModelDoesNotDependOnTheLifecycleOrStorage() {
        noClasses().that().resideInAnyPackage("io.github.ctglib.convention..", "io.github.ctglib.actionplan..",
                        "io.github.ctglib.territory..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ctglib.lifecycle..",
                        "io.github.ctglib.ports..")
                .check(CORE);
    }

    @Test
    void thePackagesFormNoCycle() {
        slices().matching("io.github.ctglib.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theModelNeedsNothingOfTheRules() {
        noClasses().that().resideInAnyPackage("io.github.ctglib.convention..", "io.github.ctglib.actionplan..",
                        "io.github.ctglib.vocabulary..", "io.github.ctglib.territory..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ctglib.rules..").check(CORE);
    }

    @Test
    void theRulesHaveNoLifecycleNorStorage() {
        noClasses().that().resideInAPackage("io.github.ctglib.rules..").should().dependOnClassesThat()
                .resideInAnyPackage("io.github.ctglib.lifecycle..", "io.github.ctglib.ports..").check(CORE);
    }
}

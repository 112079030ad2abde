package io.github.ctglib.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The modules keep to their jobs, seen from the tool that holds them all: Jackson only in the interchange format
 * and the JSON store, JDBC only in the JDBC adapter (and the tool that opens its data sources), nothing of the
 * tool in the library, spreadsheet libraries only in ctg-spreadsheets, and no package cycle anywhere.
 */
class LibraryArchitectureTest {


    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.ctglib");

    @Test
    void jacksonOnlyInTheFormatTheJsonStoreAndTheTool() {
        // The tool writes its --format json answers with the Jackson the format brings; the library core never.
        noClasses().that().resideOutsideOfPackages("io.github.ctglib.format.json..", "io.github.ctglib.storage.json..",
                        "io.github.ctglib.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(LIBRARY);
    }

    @Test
    void jdbcOnlyInTheJdbcAdapterAndTheToolThatOpensItsDataSources() {
        noClasses().that().resideOutsideOfPackages("io.github.ctglib.storage.jdbc..", "io.github.ctglib.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..").check(LIBRARY);
    }

    @Test
    void spreadsheetLibrariesOnlyInTheSpreadsheetsModule() {
        noClasses().that().resideOutsideOfPackage("io.github.ctglib.spreadsheets..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dhatim..") // POI writes DOCX in ctg-documents, and reads back in tests only here
                .check(LIBRARY);
        // The spreadsheets feature sits on the core alone: no store, no interchange format.
        noClasses().that().resideInAPackage("io.github.ctglib.spreadsheets..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ctglib.storage..",
                        "io.github.ctglib.format..")
                .check(LIBRARY);
    }

    @Test
    void theLibraryKnowsNothingOfTheTool() {
        noClasses().that().resideOutsideOfPackage("io.github.ctglib.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.github.ctglib.cli..").check(LIBRARY);
    }

    @Test
    void theStoresDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("io.github.ctglib.storage.jdbc..")
                .should().dependOnClassesThat().resideInAPackage("io.github.ctglib.storage.json..").check(LIBRARY);
        noClasses().that().resideInAPackage("io.github.ctglib.storage.json..")
                .should().dependOnClassesThat().resideInAPackage("io.github.ctglib.storage.jdbc..").check(LIBRARY);
    }

    // --- issue 14 (documents) ---
    @Test
    void theDocumentLibrariesOnlyInTheDocumentsModule() {
        // POI, PDFBox, openhtmltopdf, JFreeChart and Mustache stay in ctg-documents: no other module needs them.
        noClasses().that().resideOutsideOfPackage("io.github.ctglib.documents..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..",
                        "org.apache.pdfbox..", "com.openhtmltopdf..", "org.jfree..", "com.github.mustachejava..")
                .check(LIBRARY);
        // The documents read the model only: no store, no interchange format, no tool.
        noClasses().that().resideInAPackage("io.github.ctglib.documents..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ctglib.storage..",
                        "io.github.ctglib.format..", "io.github.ctglib.cli..")
                .check(LIBRARY);
    }

    @Test
    void theOpenDataLoadersDependOnTheCoreOnly() {
        noClasses().that().resideInAPackage("io.github.ctglib.opendata..")
                .should().dependOnClassesThat().resideInAnyPackage("io.github.ctglib.format..",
                        "io.github.ctglib.storage..", "io.github.ctglib.cli..", "tools.jackson..", "java.sql..")
                .check(LIBRARY);
    }

    @Test
    void noPackageCycleInAnyModule() {
        slices().matching("io.github.ctglib.(**)").should().beFreeOfCycles().check(LIBRARY);
    }
}

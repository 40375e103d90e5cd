package com.clearpath.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The arrows of docs/architecture: ui and cli use engine, store and document; those use domain; never back. */
class LayerRulesTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.clearpath");
    }

    @Test
    void domainUsesOnlyTheJavaPlatform() {
        classes().that().resideInAPackage("com.clearpath.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.clearpath.domain..")
                .check(classes);
    }

    @Test
    void engineStoreAndDocumentDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("com.clearpath.engine..", "com.clearpath.store..",
                        "com.clearpath.document..", "com.clearpath.exchange..", "com.clearpath.domain..",
                        "com.clearpath.cli..", "com.clearpath.words..", "com.clearpath.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    /** The words of the reason codes sit beside domain: ui, document and exchange all make their words there. */
    @Test
    void reasonWordsUseOnlyTheDomain() {
        classes().that().resideInAPackage("com.clearpath.words..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.clearpath.domain..",
                        "com.clearpath.words..")
                .check(classes);
    }

    @Test
    void nothingButTheLauncherUsesTheUi() {
        noClasses().that().resideOutsideOfPackage("com.clearpath.ui..")
                .and().doNotHaveFullyQualifiedName("com.clearpath.Launcher")
                .should().dependOnClassesThat().resideInAPackage("com.clearpath.ui..")
                .check(classes);
    }

    @Test
    void theEngineDoesNotTouchTheDatabaseOrFiles() {
        noClasses().that().resideInAPackage("com.clearpath.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.clearpath.store..",
                        "com.clearpath.document..", "com.clearpath.cli..")
                .check(classes);
    }

    @Test
    void lowerLayersDoNotUseTheCommandLine() {
        noClasses().that().resideInAnyPackage("com.clearpath.engine..", "com.clearpath.store..",
                        "com.clearpath.document..", "com.clearpath.exchange..", "com.clearpath.domain..")
                .should().dependOnClassesThat().resideInAPackage("com.clearpath.cli..")
                .check(classes);
    }

    /** The use cases sit above engine, store and document: nothing below them reaches up. */
    @Test
    void lowerLayersDoNotUseTheApplicationLayer() {
        noClasses().that().resideInAnyPackage("com.clearpath.engine..", "com.clearpath.store..",
                        "com.clearpath.document..", "com.clearpath.exchange..", "com.clearpath.domain..",
                        "com.clearpath.words..")
                .should().dependOnClassesThat().resideInAPackage("com.clearpath.app..")
                .check(classes);
    }

    /**
     * The screens reach the records through the app's use cases and say failures in their own words: only the
     * composition root and the records' FX adapter know the store.
     */
    @Test
    void onlyTheCompositionRootAndTheRecordsAdapterUseTheStore() {
        noClasses().that().resideInAPackage("com.clearpath.ui..")
                .and().doNotHaveFullyQualifiedName("com.clearpath.ui.ClearpathApp")
                .and().doNotHaveFullyQualifiedName("com.clearpath.ui.records.Records")
                .should().dependOnClassesThat().resideInAPackage("com.clearpath.store..")
                .check(classes);
    }

    @Test
    void theLayersHaveNoCycles() {
        slices().matching("com.clearpath.(*)..").should().beFreeOfCycles().check(classes);
    }
}

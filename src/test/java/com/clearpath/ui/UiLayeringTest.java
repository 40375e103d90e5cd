package com.clearpath.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The desktop app sits on top: nothing below it may reach up into it, and it talks through the log, not stdout. */
class UiLayeringTest {
    /** The compiled main classes only: the rules are about this project's code, and this keeps the import fast. */
    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target/classes"));

    @Test
    void onlyTheLauncherReachesIntoTheApp() {
        noClasses().that().resideOutsideOfPackage("com.clearpath.ui..")
                .and().doNotHaveFullyQualifiedName("com.clearpath.Launcher")
                .should().dependOnClassesThat().resideInAPackage("com.clearpath.ui..")
                .check(main);
    }

    @Test
    void theAppWritesToTheLogNotTheConsole() {
        noClasses().that().resideInAPackage("com.clearpath.ui..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .check(main);
    }

    @Test
    void onlyTheCompositionRootKnowsTheApplicationClass() {
        noClasses().that().resideInAPackage("com.clearpath.ui..")
                .and().doNotHaveFullyQualifiedName(ClearpathApp.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(ClearpathApp.class.getName())
                .check(main);
    }
}

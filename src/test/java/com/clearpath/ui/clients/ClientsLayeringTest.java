package com.clearpath.ui.clients;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.clearpath.store.StoreException;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Client screens reach the records through the app's ClientDirectory; of the store they know only its failure. */
class ClientsLayeringTest {
    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target/classes"));

    @Test
    void clientScreensUseTheStoreOnlyForItsFailures() {
        noClasses().that().resideInAPackage("com.clearpath.ui.clients..")
                .or().haveFullyQualifiedName("com.clearpath.ui.wizard.ClientPage")
                .should().dependOnClassesThat(resideInAPackage("com.clearpath.store..")
                        .and(not(equivalentTo(StoreException.class))))
                .check(main);
    }
}

package org.loclens.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs/decisions/0001: one direction of dependency, no UI in model and viz. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.loclens");

    @Test
    void modelUsesNoJavaFxAndKnowsNothingOfVizOrApp() {
        noClasses().that().resideInAPackage("org.loclens.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.loclens.viz..", "org.loclens.app..")
                .check(CLASSES);
    }

    @Test
    void vizUsesNoJavaFxNoNd4jAndNoModel() {
        noClasses().that().resideInAPackage("org.loclens.viz..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.nd4j..", "org.deeplearning4j..",
                        "org.loclens.model..", "org.loclens.app..")
                .check(CLASSES);
    }

    @Test
    void commandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAnyPackage("org.loclens.app.cli..", "org.loclens.app.io..", "org.loclens.app.figures..")
                .or().haveFullyQualifiedName("org.loclens.app.Main")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void nd4jArraysStayInsideModel() {
        noClasses().that().resideInAPackage("org.loclens.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.nd4j.linalg.api.ndarray.INDArray")
                .check(CLASSES);
    }
}

package org.articlequiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {
    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.articlequiz");

    @Test
    void noPackageCycles() {
        slices().matching("org.articlequiz.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void nothingImportsPersistence() {
        noClasses().that().resideOutsideOfPackage("org.articlequiz.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.articlequiz.persistence..").check(PRODUCT);
    }

    @Test
    void theDomainDoesNotKnowTheWeb() {
        noClasses().that().resideOutsideOfPackage("org.articlequiz.web..")
                .should().dependOnClassesThat().resideInAPackage("org.articlequiz.web..").check(PRODUCT);
        noClasses().that().resideInAnyPackage("org.articlequiz.quiz..", "org.articlequiz.attempt..", "org.articlequiz.user..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..").check(PRODUCT);
    }

    @Test
    void theGeneratorAndArticlesStandAlone() {
        noClasses().that().resideInAnyPackage("org.articlequiz.article..", "org.articlequiz.generator..", "org.articlequiz.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.articlequiz.quiz..", "org.articlequiz.attempt..",
                        "org.articlequiz.web..", "org.articlequiz.lti..", "org.articlequiz.persistence..", "org.articlequiz.config..")
                .allowEmptyShould(true).check(PRODUCT);
    }

    @Test
    void eachLibraryBehindOnePackage() {
        noClasses().that().resideOutsideOfPackage("org.articlequiz.lti.jose..")
                .should().dependOnClassesThat().resideInAPackage("com.nimbusds..").check(PRODUCT);
        noClasses().that().resideOutsideOfPackage("org.articlequiz.generator.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..", "net.sf.extjwnl..").check(PRODUCT);
        noClasses().that().resideOutsideOfPackage("org.articlequiz.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "org.flywaydb..").check(PRODUCT);
    }

    @Test
    void loggingNeverGoesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.articlequiz.cli..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err").check(PRODUCT);
    }
}

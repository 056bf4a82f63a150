package org.articlequiz.generator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator's package rules (STYLE.md): plain Java, CoreNLP behind generator.nlp, the CLI on the facades. */
class GeneratorArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.articlequiz.article", "org.articlequiz.generator", "org.articlequiz.exchange",
                    "org.articlequiz.cli");

    @Test
    void generatorArticleExchangeAndCliImportNoJakarta() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.enterprise..")
                .check(CLASSES);
    }

    @Test
    void onlyGeneratorNlpImportsCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.articlequiz.generator.nlp..")
                .should().dependOnClassesThat().resideInAnyPackage("edu.stanford..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineUsesOnlyTheFacades() {
        noClasses().that().resideInAPackage("org.articlequiz.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.articlequiz.generator.nlp..",
                        "org.articlequiz.quiz..", "org.articlequiz.web..", "org.articlequiz.lti..",
                        "org.articlequiz.persistence..", "org.articlequiz.config..", "org.articlequiz.attempt..")
                .check(CLASSES);
    }

    @Test
    void theGeneratorPackagesImportNothingOfTheRestOfTheProduct() {
        noClasses().that().resideInAnyPackage("org.articlequiz.article..", "org.articlequiz.generator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.articlequiz.quiz..", "org.articlequiz.web..",
                        "org.articlequiz.lti..", "org.articlequiz.persistence..", "org.articlequiz.config..",
                        "org.articlequiz.attempt..", "org.articlequiz.exchange..", "org.articlequiz.cli..")
                .check(CLASSES);
    }
}

package org.articlequiz.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test runs against: the WAR that {@code mvn package} built, exactly as an admin
 * deploys it, so the tests exercise the shipped artifact (schema migration, providers, descriptors) and not a
 * hand-picked subset of classes.
 */
public final class Deployments {
    /** The admin token of the server under test: the failsafe environment sets ARTICLEQUIZ_ADMIN_TOKEN to it (pom.xml). */
    public static final String ADMIN_TOKEN = "it-admin-token";

    private Deployments() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("articlequiz.test.war", "target/article-quiz.war"));
        return ShrinkWrap.create(ZipImporter.class, "article-quiz.war").importFrom(war).as(WebArchive.class);
    }
}

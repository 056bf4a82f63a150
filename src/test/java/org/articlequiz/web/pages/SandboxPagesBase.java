package org.articlequiz.web.pages;

import java.net.URL;
import org.articlequiz.testing.Deployments;
import org.articlequiz.devtools.sandbox.SandboxPlatform;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every page test that launches from the sandbox platform in Chromium shares: the deployed WAR, its base URL,
 * Chromium present, and the sandbox platform stopped after the class.
 */
@ExtendWith(ArquillianExtension.class)
abstract class SandboxPagesBase {
    static SandboxPlatform sandbox;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireInstalled();
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }
}

package org.articlequiz.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.articlequiz.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11, medium: "database socket timeouts". The datasource the server runs with (the provisioned configuration,
 * as `mvn -Prun` and an admin's copy of it use) sets pgjdbc's {@code socketTimeout}, longer than the 30 s query timeout
 * so that a slow query is cancelled first, and {@code tcpKeepAlive}: a database that stops answering without closing
 * the connection fails the request within a minute instead of holding it and its pooled connection for the kernel's
 * 15 minutes of retransmissions. Read from the running server's management model, expressions resolved.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseSocketTimeoutIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    ManagementClient management;

    private ModelNode connectionProperty(String name) throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("name").set("value");
        read.get("resolve-expressions").set(true);
        ModelNode address = read.get("address");
        address.add("subsystem", "datasources");
        address.add("data-source", "PostgreSQLDS");
        address.add("connection-properties", name);
        return management.getControllerClient().execute(read);
    }

    @Test
    void theDatabaseConnectionsHaveASocketTimeoutAndKeepAlive() throws Exception {
        ModelNode timeout = connectionProperty("socketTimeout");
        assertEquals("success", timeout.get("outcome").asString(), timeout::toString);
        int seconds = Integer.parseInt(timeout.get("result").asString());
        assertTrue(seconds > JpaAttempts.QUERY_TIMEOUT_SECONDS && seconds <= 120,
                "socketTimeout " + seconds + " s: past the query timeout, well short of the kernel's 15 minutes");
        ModelNode keepAlive = connectionProperty("tcpKeepAlive");
        assertEquals("success", keepAlive.get("outcome").asString(), keepAlive::toString);
        assertEquals("true", keepAlive.get("result").asString());
    }
}

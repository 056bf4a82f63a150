/** Shared test support for integration tests: HTTP client, database fixtures, the deployment under test. */
package org.articlequiz.testing;

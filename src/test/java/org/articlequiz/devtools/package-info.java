/**
 * Development and test tools that never ship in the WAR: the embedded PostgreSQL the test and run commands start,
 * and (in {@code sandbox}) a faithful LTI 1.3 platform for the demo and the tests.
 */
package org.articlequiz.devtools;

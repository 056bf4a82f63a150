/**
 * Browser tests of the pages: a real headless Chromium against the deployed WAR, with axe-core checking
 * accessibility on every view and screenshots in target/screenshots.
 */
package org.articlequiz.web.pages;

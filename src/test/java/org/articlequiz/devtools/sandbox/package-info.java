/**
 * A faithful LTI 1.3 platform for the demo and the tests, never in the WAR: its own keys and JWKS, the OIDC
 * authorization endpoint that drives the tool's real login and launch, an OAuth 2 token endpoint checking the
 * tool's signed client assertions, AGS line items and scores (with injectable failures), NRPS memberships in pages,
 * the deep linking return endpoint and Dynamic Registration.
 */
package org.articlequiz.devtools.sandbox;

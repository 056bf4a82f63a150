/**
 * JOSE for LTI: the only package that imports the JOSE library (Nimbus). It parses and verifies the platforms'
 * signed JWTs against their key sets ({@link org.articlequiz.lti.jose.PlatformKeySets}), and keeps our own RSA keys
 * in the database with rotation and overlap ({@link org.articlequiz.lti.jose.KeyRing}), publishing them as a JWKS.
 * Its API speaks in strings, maps and JDK types so that no Nimbus type leaks out.
 */
package org.articlequiz.lti.jose;

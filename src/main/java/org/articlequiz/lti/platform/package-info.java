/**
 * Platform registrations: a course platform is known by (issuer, client_id) and holds the deployments we accept
 * under it; {@link org.articlequiz.lti.platform.PlatformQuirks} writes down once where platforms differ; the admin
 * service, LTI Dynamic Registration and the OAuth 2 service tokens the Advantage services need.
 */
package org.articlequiz.lti.platform;

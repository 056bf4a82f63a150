/**
 * Names and Role Provisioning Services 2.0: the course roster from the platform, following {@code Link: rel="next"}
 * pages, so that an instructor's results show who has not attempted a quiz.
 */
package org.articlequiz.lti.nrps;

/**
 * LTI 1.3: launch validation, login initiation, deep linking, roles, and the launch session that identifies a
 * {@link org.articlequiz.lti.Caller} to the API afterwards.
 */
package org.articlequiz.lti;

/**
 * People known to the tool: a user is (platform registration, subject), never a name or an e-mail address.
 */
package org.articlequiz.user;

/** Writes item drafts as JSON, QTI 3.0, Moodle XML and GIFT, and reads those formats back (used to check round trips). */
package org.articlequiz.exchange;

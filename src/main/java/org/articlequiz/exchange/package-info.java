/** Writes items as JSON, QTI 3.0, Moodle XML and GIFT ({@link org.articlequiz.exchange.ExchangeFormat}), and reads those formats back (used to check round trips). */
package org.articlequiz.exchange;

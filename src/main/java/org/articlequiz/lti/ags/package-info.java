/**
 * Assignment and Grade Services 2.0: implements {@link org.articlequiz.attempt.ScorePublisher} by writing a
 * transactional outbox row beside the grade; {@link org.articlequiz.lti.ags.OutboxWorker} delivers the rows to the
 * platforms (find-or-create the line item, post the score) with backoff, and parks the ones a platform refuses.
 */
package org.articlequiz.lti.ags;

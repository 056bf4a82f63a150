/**
 * Article Quiz: turns articles into multiple-choice quizzes and runs them inside course platforms (LTI 1.3).
 * This root package holds only {@link org.articlequiz.DomainException}, the one error type every feature package throws.
 */
package org.articlequiz;

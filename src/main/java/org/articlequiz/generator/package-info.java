/**
 * Turns articles into multiple-choice item drafts in explicit stages: analyse, extract facts, propose candidates in
 * every question form, then assemble each article's quiz as a set ({@link org.articlequiz.generator.QuestionGenerator}).
 */
package org.articlequiz.generator;

/** Turns articles into multiple-choice item drafts in explicit stages: extract facts, write stems, pick distractors, filter and rank. */
package org.articlequiz.generator;

package org.articlequiz.quiz;

/** An item's review by an instructor: only approved items reach students. */
public enum ReviewState { DRAFT, APPROVED, RETIRED }

package org.articlequiz.generator;

/** What an item's key is; distractors are always of the same kind. */
public enum AnswerKind {
    PERSON, ORGANIZATION, PLACE, DATE, NUMBER, PERCENT, MONEY, TITLE, TERM,
    /** A clause: the cause or consequence the article gives. */
    REASON,
    /** A noun phrase that says what something is. */
    DEFINITION
}

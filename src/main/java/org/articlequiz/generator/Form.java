package org.articlequiz.generator;

/**
 * The question form of an item. A quiz mixes forms (ITEM-RUBRIC: who/what/where/when, how many, why, which
 * statement the article supports); completion ("cloze") stems are the fallback, kept short and few.
 */
public enum Form {
    /** "Who …?", "Which organization …?": the key is a named entity standing in the subject. */
    WHO_WHAT,
    /** "Where did …?", "When did …?": the key is a place or time phrase of the event. */
    WHERE_WHEN,
    /** "How many …?", "How much …?", "By what percentage …?": numeric options of the key's unit and scale. */
    QUANTITY,
    /** "Why …?" / "What led to …?": the options are clauses, the key the cause the article gives. */
    CAUSE,
    /** "According to the article, what is X?": the key is the definition the article gives. */
    DEFINITION,
    /** "Complete the statement: …_____…": a short sentence with the key blanked. */
    COMPLETION
}

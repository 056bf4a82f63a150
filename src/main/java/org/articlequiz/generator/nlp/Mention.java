package org.articlequiz.generator.nlp;

/**
 * A named-entity mention: a run of tokens {@code [firstToken, endToken)} of one sentence, with its CoreNLP type
 * (PERSON, ORGANIZATION, LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE, TITLE, DATE, NUMBER, PERCENT, MONEY, …) and,
 * for dates and quantities, the normalized value SUTime or the number normalizer gave it ("2024-10", "%2.0").
 */
public record Mention(String type, String text, int start, int end, int firstToken, int endToken,
                      String normalized) {
}

package org.articlequiz.generator;

/**
 * What a generation run may produce. The generator reads no configuration of its own: callers pass this.
 *
 * @param maxPerArticle most items kept per article (the best ranked)
 * @param seed seed of the random choices (key position, ties among distractors); same seed, same items
 * @param optionsPerItem options per item, the key included (3 to 6)
 * @param minConfidence items ranked below this are dropped
 * @param allowCompletionStems whether "Complete the statement" stems may be used when no question reads well
 */
public record GenerationOptions(int maxPerArticle, long seed, int optionsPerItem, double minConfidence,
                                boolean allowCompletionStems) {

    public GenerationOptions {
        if (maxPerArticle < 1) {
            throw new IllegalArgumentException("maxPerArticle must be at least 1: " + maxPerArticle);
        }
        if (optionsPerItem < 3 || optionsPerItem > 6) {
            throw new IllegalArgumentException("optionsPerItem must be 3 to 6: " + optionsPerItem);
        }
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("minConfidence must be in 0..1: " + minConfidence);
        }
    }

    /** Up to 12 items per article, four options, seed 42. */
    public static GenerationOptions defaults() {
        return new GenerationOptions(12, 42L, 4, 0.3, true);
    }

    public GenerationOptions withMaxPerArticle(int max) {
        return new GenerationOptions(max, seed, optionsPerItem, minConfidence, allowCompletionStems);
    }

    public GenerationOptions withSeed(long newSeed) {
        return new GenerationOptions(maxPerArticle, newSeed, optionsPerItem, minConfidence, allowCompletionStems);
    }
}

package org.articlequiz.attempt;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The paragraph of a quiz's article that holds an item's source sentence, remembered once found (issue 11: under
 * immediate feedback every save used to load the quiz with its articles and search their text for the sentence). A
 * paragraph depends only on the quiz's articles, which are never rewritten, and on the cited article and sentence,
 * which are part of the key; the number of the quiz's articles is too, so an article added later is searched.
 * Bounded: the least recently used paragraphs are forgotten first.
 */
@ApplicationScoped
public class SourceParagraphs {
    static final int LIMIT = 10_000;

    private record Key(long quiz, int articles, String article, String sentence) {
    }

    private final Map<Key, Optional<String>> found = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<String>> eldest) {
            return size() > LIMIT;
        }
    };

    /** The paragraph for this item's source, searched for with {@code search} only the first time. */
    public Optional<String> of(ItemKey item, Supplier<Optional<String>> search) {
        if (item.source() == null || item.source().sentence() == null || item.source().sentence().isBlank()) {
            return Optional.empty();
        }
        Key key = new Key(item.quiz().value(), item.articles(), item.source().article(), item.source().sentence());
        synchronized (found) {
            Optional<String> known = found.get(key);
            if (known != null) {
                return known;
            }
        }
        Optional<String> paragraph = search.get();
        synchronized (found) {
            found.put(key, paragraph);
        }
        return paragraph;
    }
}

package org.articlequiz.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures by which a run's quizzes are judged as sets (issue 10), per article and in total: items sharing a
 * source sentence, keys printed by another stem (or true option) of the same article, the share of completion
 * stems, the forms used, whether an article that states a quantity got a quantity item, and items per article.
 * The {@code quality} command prints them; tests hold the generator to them.
 *
 * @param article file name, or "total"
 * @param words words of the article (total: of all)
 * @param items items kept
 * @param sharedSentence items whose source sentence another item of the same article also uses
 * @param keyPrinted items whose key another item of the same article prints in its stem or true option
 * @param completions items with a completion stem
 * @param forms items per form
 * @param statesQuantity articles that state a quantity (total: how many)
 * @param quantityItems articles with a quantity item among those (total: how many)
 */
public record QualityFigures(String article, int words, int items, int sharedSentence, int keyPrinted,
                             int completions, Map<Form, Integer> forms, int statesQuantity, int quantityItems) {

    public QualityFigures {
        forms = Map.copyOf(forms);
    }

    /** Figures for every article of the run, then the total as the last element. */
    public static List<QualityFigures> of(GenerationResult result) {
        List<QualityFigures> out = new ArrayList<>();
        for (ArticleReport r : result.report()) {
            List<ItemDraft> items = result.items().stream().filter(it -> it.article().equals(r.article())).toList();
            out.add(forArticle(r, items));
        }
        int words = 0;
        int items = 0;
        int shared = 0;
        int printed = 0;
        int completions = 0;
        int states = 0;
        int quantity = 0;
        Map<Form, Integer> forms = new EnumMap<>(Form.class);
        for (QualityFigures q : out) {
            words += q.words();
            items += q.items();
            shared += q.sharedSentence();
            printed += q.keyPrinted();
            completions += q.completions();
            states += q.statesQuantity();
            quantity += q.quantityItems();
            q.forms().forEach((f, n) -> forms.merge(f, n, Integer::sum));
        }
        out.add(new QualityFigures("total", words, items, shared, printed, completions, forms, states, quantity));
        return out;
    }

    private static QualityFigures forArticle(ArticleReport r, List<ItemDraft> items) {
        int shared = 0;
        int printed = 0;
        Map<Form, Integer> forms = new EnumMap<>(Form.class);
        boolean quantityItem = false;
        for (ItemDraft it : items) {
            forms.merge(it.form(), 1, Integer::sum);
            if (items.stream().anyMatch(o -> o != it && o.start() == it.start())) {
                shared++;
            }
            String key = " " + Names.key(it.key()) + " ";
            for (ItemDraft o : items) {
                if (o != it && (" " + Names.key(shownTrue(o)) + " ").contains(key)) {
                    printed++;
                    break;
                }
            }
            quantityItem |= it.form() == Form.QUANTITY || it.kind() == AnswerKind.NUMBER
                    || it.kind() == AnswerKind.PERCENT || it.kind() == AnswerKind.MONEY;
        }
        int completions = forms.getOrDefault(Form.COMPLETION, 0);
        boolean states = r.quantities() > 0;
        return new QualityFigures(r.article(), r.words(), items.size(), shared, printed, completions, forms,
                states ? 1 : 0, states && quantityItem ? 1 : 0);
    }

    /** What an item shows as true: its stem, and for clause and statement keys the key too. */
    private static String shownTrue(ItemDraft it) {
        return switch (it.form()) {
            case CAUSE, DEFINITION -> it.stem() + " " + it.key();
            default -> it.stem();
        };
    }

    /** Share of items, 0..100. */
    public double percent(int count) {
        return items == 0 ? 0 : 100.0 * count / items;
    }
}

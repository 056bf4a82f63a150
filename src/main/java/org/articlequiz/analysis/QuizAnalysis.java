package org.articlequiz.analysis;

import java.util.List;

/** The whole analysis: the quiz's figures, the groups used for distractors, each item's figures, and warnings. */
public record QuizAnalysis(TestStatistics test, Groups groups, List<ItemStatistics> items, List<Warning> warnings) {
    public QuizAnalysis {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}

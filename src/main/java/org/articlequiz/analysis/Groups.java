package org.articlequiz.analysis;

import java.util.List;

/**
 * The top and bottom groups of the distractor analysis: Kelley's upper and lower 27% of the attempts ranked by
 * score (T. L. Kelley, "The selection of upper and lower groups for the validation of test items", Journal of
 * Educational Psychology 30, 1939). Both groups have {@code size} attempts; ties at a boundary are broken by
 * attempt id, earlier attempts first, so the split is deterministic.
 */
public record Groups(double share, int size, List<Long> topAttemptIds, List<Long> bottomAttemptIds) {
    public Groups {
        topAttemptIds = List.copyOf(topAttemptIds);
        bottomAttemptIds = List.copyOf(bottomAttemptIds);
    }
}

// Items on the instructor's pages: bulk review, and item numbers as students see them (issue 13). Only approved items
// reach an attempt, numbered 1, 2, 3 … in the quiz's order, so the review pages number the approved items the same
// way, and a draft or rejected item has none. (With "shuffle question order" on, each attempt has its own order.)
import {api, describeError, say} from './common.js';

/**
 * Reviews the items one call each (bulk approve or reject, issue 13) and says how it went in the status line; what
 * was done before a failure stays done, and the caller shows the quiz again either way.
 */
export async function reviewEach(quizId, items, state, noun = 'item') {
  try {
    for (const item of items) {
      await api('PUT', `quizzes/${quizId}/items/${item.id}/review`, {state});
    }
    say(`${items.length} ${noun}${items.length === 1 ? '' : 's'} ${state === 'APPROVED' ? 'approved' : 'rejected'}.`);
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

/** A map from item id to its number in an attempt, for the approved items of a quiz's items (in the quiz's order). */
export function itemNumbers(items) {
  const numbers = new Map();
  [...items].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .filter(i => i.state === 'APPROVED')
    .forEach((item, index) => numbers.set(item.id, index + 1));
  return numbers;
}

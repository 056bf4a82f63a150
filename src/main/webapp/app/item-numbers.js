// Item numbers as students see them (issue 13): only approved items reach an attempt, numbered 1, 2, 3 … in the
// quiz's order, so the review pages number the approved items the same way, and a draft or rejected item has none.
// (With "shuffle question order" on, each attempt shows them in its own order, as in Moodle.)

/** A map from item id to its number in an attempt, for the approved items of a quiz's items (in the quiz's order). */
export function itemNumbers(items) {
  const numbers = new Map();
  [...items].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .filter(i => i.state === 'APPROVED')
    .forEach((item, index) => numbers.set(item.id, index + 1));
  return numbers;
}

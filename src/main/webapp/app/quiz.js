// Item review: every item of a quiz with its source sentence, the generator's confidence and reasons; edit the
// stem, options and key; approve or reject; reorder. Only approved items reach students.
import {api, session, noSession, h, fill, focusHeading, describeError, numberParam, say, crumbs, settingsSummary, download} from './common.js';
import {itemNumbers, reviewEach} from './item-numbers.js';

const main = document.getElementById('main');
const quizId = numberParam('quiz') ?? (session() && session().quiz);
let quiz = null;
/** itemId → the item's number in an attempt (approved items only): the number students see (issue 13). */
let numbers = new Map();

const STATE_LABEL = {DRAFT: 'Draft', APPROVED: 'Approved', RETIRED: 'Rejected'};

async function load() {
  try {
    quiz = await api('GET', 'quizzes/' + quizId);
  } catch (e) {
    fill(main, h('h1', null, 'Review items'), h('p', {class: 'error', role: 'alert'}, describeError(e)));
    return false;
  }
  render();
  return true;
}

function counts() {
  const c = {DRAFT: 0, APPROVED: 0, RETIRED: 0};
  quiz.items.forEach(i => c[i.state]++);
  return c;
}

/** How the page names an item: as students number it, or, for a draft or rejected item, by state and place. */
function itemName(item, index) {
  return numbers.has(item.id) ? `Item ${numbers.get(item.id)}` : `${STATE_LABEL[item.state]} item (position ${index + 1})`;
}

function render() {
  const c = counts();
  numbers = itemNumbers(quiz.items);
  fill(main,
    crumbs([['Your quizzes', 'instructor.html'], [quiz.title]]),
    h('h1', {id: 'page-heading'}, quiz.title),
    h('p', {class: 'lead'}, settingsSummary(quiz.settings), ' · ', h('a', {href: 'settings.html?quiz=' + quiz.id}, 'Change settings and accommodations'),
      ' · ', h('a', {href: 'results.html?quiz=' + quiz.id}, 'Results'),
      ' · ', h('a', {href: 'take.html?quiz=' + quiz.id, id: 'preview', class: 'button'}, 'Preview'),
      ' (your own attempt: never sent to the gradebook, never in the results)'),
    h('p', {id: 'counts'}, `${quiz.items.length} item${quiz.items.length === 1 ? '' : 's'}: ${c.APPROVED} approved, ${c.DRAFT} draft, ` +
      `${c.RETIRED} rejected. Only approved items reach students.`),
    exportSection(c.APPROVED),
    h('h2', null, 'Items'),
    c.DRAFT ? h('p', {class: 'actions', id: 'bulk'},
      h('button', {type: 'button', class: 'primary', id: 'approve-all', onclick: () => reviewAll('APPROVED')},
        `Approve all ${c.DRAFT} drafts`),
      ' ', h('button', {type: 'button', class: 'danger', id: 'reject-all', onclick: () => reviewAll('RETIRED')},
        `Reject all ${c.DRAFT} drafts`)) : null,
    quiz.items.length ? h('ol', {class: 'review', id: 'items'}, quiz.items.map(itemCard))
      : h('p', null, 'No items yet: add one below.'),
    h('section', {'aria-labelledby': 'add-heading'},
      h('h2', {id: 'add-heading'}, 'Add an item'),
      itemForm(null)));
}

/**
 * The formats of GET /api/quizzes/{id}/export, each named with the platforms verified to import it, and no other
 * (issue 13: Canvas imports QTI 1.2 and Common Cartridge, not QTI 3.0, so it is not named for the QTI 3.0 package;
 * the QTI 1.2 package follows Canvas's own QTI export, but no live Canvas has imported it here, so it says so).
 */
const EXPORTS = [
  ['qti', 'QTI 3.0 package', 'for QTI 3.0 item banks; no course platform verified to import it yet, Canvas takes QTI 1.2 only'],
  ['qti12', 'QTI 1.2 package', 'for QTI 1.2 importers such as Canvas classic quizzes (Import course content, QTI .zip file); laid out as Canvas exports QTI, not yet tried on a live Canvas'],
  ['moodle-xml', 'Moodle XML', 'Moodle’s question bank'],
  ['gift', 'GIFT', 'Moodle, as plain text you can read and edit'],
];

/** Download buttons for the approved items in each exchange format. */
function exportSection(approvedCount) {
  return h('section', {'aria-labelledby': 'export-heading'},
    h('h2', {id: 'export-heading'}, 'Export'),
    h('p', {id: 'export-hint'}, approvedCount
      ? `Download the ${approvedCount} approved item${approvedCount === 1 ? '' : 's'} for another question bank. Drafts and rejected items are left out.`
      : 'Approve an item to export the quiz: only approved items are exported.'),
    h('ul', {class: 'plain actions', id: 'exports'}, EXPORTS.map(([format, label, where]) => h('li', null,
      h('button', {type: 'button', id: 'export-' + format, disabled: approvedCount === 0, 'aria-describedby': 'export-hint',
        onclick: () => exportAs(format, label)}, 'Download ', label),
      ' ', h('span', {class: 'hint'}, `(${where})`)))));
}

async function exportAs(format, label) {
  try {
    const name = await download(`quizzes/${quiz.id}/export?format=${format}`, `quiz-${quiz.id}-${format}`,
      'application/zip, application/xml, text/plain, application/problem+json');
    say(`${label} downloaded as ${name}.`);
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

function itemCard(item, index) {
  const confidence = Math.round(item.confidence * 100);
  return h('li', {class: 'question item-card', id: 'item-' + item.id},
    h('h3', {id: 'item-' + item.id + '-h'}, numbers.has(item.id) ? `Item ${numbers.get(item.id)} ` : '',
      h('span', {class: 'badge ' + item.state}, STATE_LABEL[item.state] || item.state)),
    h('p', {class: 'stem'}, item.stem),
    h('ul', {class: 'choices'}, item.choices.map(c => h('li', {class: c.correct ? 'key' : ''}, c.text,
      c.correct ? h('span', {class: 'tag key'}, 'Key') : null))),
    item.explanation ? h('p', null, h('strong', null, 'Explanation: '), item.explanation) : null,
    item.source && item.source.sentence ? h('figure', {class: 'source'},
      h('blockquote', null, item.source.sentence),
      h('figcaption', null, 'Source sentence', item.source.article ? ' from ' : '', item.source.article ? h('cite', null, item.source.article) : null,
        ' ', h('button', {type: 'button', class: 'link', 'aria-expanded': 'false', 'aria-controls': 'context-' + item.id,
          onclick: e => showContext(item, e.currentTarget)}, 'Show the paragraph', hidden(` of ${itemName(item, index).toLowerCase()}`)),
        h('div', {id: 'context-' + item.id, class: 'article-preview', hidden: true})))
      : h('p', {class: 'hint'}, 'No source sentence.'),
    h('p', {class: 'meta'},
      h('span', null, `Confidence: ${confidence}%`),
      item.reasons ? h('span', null, 'Reasons: ', item.reasons) : null,
      item.singleSource ? h('span', null, 'Answer stated in a single sentence') : null),
    h('div', {class: 'actions'},
      item.state !== 'APPROVED' ? h('button', {type: 'button', class: 'primary', onclick: () => review(item, 'APPROVED')},
        'Approve', hidden(`: ${itemName(item, index).toLowerCase()}`)) : null,
      item.state !== 'RETIRED' ? h('button', {type: 'button', class: 'danger', onclick: () => review(item, 'RETIRED')},
        'Reject', hidden(`: ${itemName(item, index).toLowerCase()}`)) : null,
      item.state !== 'DRAFT' ? h('button', {type: 'button', onclick: () => review(item, 'DRAFT')},
        'Back to draft', hidden(`: ${itemName(item, index).toLowerCase()}`)) : null,
      h('button', {type: 'button', onclick: () => edit(item)}, 'Edit', hidden(`: ${itemName(item, index).toLowerCase()}`)),
      h('button', {type: 'button', id: `up-${item.id}`, disabled: index === 0, onclick: () => move(item, -1)},
        'Move up', hidden(`: ${itemName(item, index).toLowerCase()}`)),
      h('button', {type: 'button', id: `down-${item.id}`, disabled: index === quiz.items.length - 1, onclick: () => move(item, 1)},
        'Move down', hidden(`: ${itemName(item, index).toLowerCase()}`))));
}

const articleTexts = new Map();

/** The paragraph of the quiz's article that holds the item's source sentence, with the sentence marked. */
async function showContext(item, button) {
  const box = document.getElementById('context-' + item.id);
  if (!box.hidden) {
    box.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  try {
    for (const id of quiz.articleIds || []) {
      if (!articleTexts.has(id)) {
        articleTexts.set(id, await api('GET', 'articles/' + id));
      }
    }
  } catch (e) {
    fill(box, describeError(e));
  }
  const sentence = item.source.sentence;
  const articles = [...articleTexts.values()].filter(a => (quiz.articleIds || []).includes(a.id));
  const article = articles.find(a => a.fileName === item.source.article && a.text.includes(sentence))
    || articles.find(a => a.text.includes(sentence));
  if (!article) {
    fill(box, 'The sentence is not in the stored text of this quiz’s articles.');
  } else {
    const at = article.text.indexOf(sentence);
    const start = Math.max(0, article.text.lastIndexOf('\n\n', at));
    const endBreak = article.text.indexOf('\n\n', at + sentence.length);
    const end = endBreak < 0 ? article.text.length : endBreak;
    fill(box, article.text.substring(start, at).trimStart(), h('mark', null, sentence),
      article.text.substring(at + sentence.length, end).trimEnd());
  }
  box.hidden = false;
  button.setAttribute('aria-expanded', 'true');
}

function hidden(text) {
  return h('span', {class: 'visually-hidden'}, text);
}

async function review(item, state) {
  try {
    const updated = await api('PUT', `quizzes/${quiz.id}/items/${item.id}/review`, {state});
    replaceItem(updated);
    const index = quiz.items.findIndex(i => i.id === item.id);
    say(`${itemName(item, index)} is now ${STATE_LABEL[state].toLowerCase()}.`);
    render();
    focusHeading(document.getElementById('item-' + item.id + '-h'));
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

function replaceItem(updated) {
  quiz.items = quiz.items.map(i => i.id === updated.id ? updated : i);
}

/** Bulk review (issue 13): every draft approved, or rejected, one call each, then the page shows the result. */
async function reviewAll(state) {
  await reviewEach(quiz.id, quiz.items.filter(i => i.state === 'DRAFT'), state, 'draft');
  await load();
}

async function move(item, delta) {
  const ids = quiz.items.map(i => i.id);
  const from = ids.indexOf(item.id);
  const to = from + delta;
  if (to < 0 || to >= ids.length) {
    return;
  }
  ids.splice(from, 1);
  ids.splice(to, 0, item.id);
  try {
    quiz = await api('PUT', `quizzes/${quiz.id}/order`, {itemIds: ids});
    say(`Moved to position ${to + 1}.`);
    render();
    const button = document.getElementById((delta < 0 ? 'up-' : 'down-') + item.id);
    (button && !button.disabled ? button : document.getElementById('item-' + item.id + '-h')).focus();
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

function edit(item) {
  const card = document.getElementById('item-' + item.id);
  const n = quiz.items.indexOf(item) + 1;
  fill(card, h('h3', {id: 'edit-' + item.id + '-h'}, `Edit item ${n}`), itemForm(item));
  focusHeading(document.getElementById('edit-' + item.id + '-h'));
}

/**
 * Editing an item that closed attempts already answered: the API answers with a regrade offer (what a regrade
 * would change). Show it under the item with a button that regrades; scores then go back to the gradebook.
 */
function offerRegrade(updated) {
  const offer = updated.regrade;
  if (!offer || !offer.attemptsToRegrade) {
    return;
  }
  say(`Item saved. ${offer.answeredInClosedAttempts} finished attempt${offer.answeredInClosedAttempts === 1 ? '' : 's'} answered it: ` +
    'you can regrade below the item.');
  const card = document.getElementById('item-' + updated.id);
  const box = h('div', {class: 'notice', id: 'regrade-' + updated.id},
    h('p', null, `${offer.answeredInClosedAttempts} finished attempt${offer.answeredInClosedAttempts === 1 ? '' : 's'} answered this item` +
      (offer.keyChanged ? ' before its key changed' : '') + `. Regrading changes the score of ${offer.attemptsToRegrade} ` +
      `attempt${offer.attemptsToRegrade === 1 ? '' : 's'} (${offer.studentsAffected} student${offer.studentsAffected === 1 ? '' : 's'}).`),
    h('button', {type: 'button', class: 'primary', onclick: async () => {
      try {
        const done = await api('POST', offer.regradePath);
        fill(box, h('p', null, `Regraded: ${done.attemptsChanged} attempt${done.attemptsChanged === 1 ? '' : 's'} changed.`));
        say('Regrade done.');
      } catch (e) {
        say(describeError(e), 'bad');
      }
    }}, 'Regrade those attempts'));
  card.append(box);
}

/** The form for a new item (item null) or for editing one. */
function itemForm(item) {
  const p = item ? 'e' + item.id : 'new';
  const options = item ? item.choices.map(c => c.text) : ['', '', '', ''];
  const key = item ? Math.max(0, item.choices.findIndex(c => c.correct)) : 0;
  const problem = h('p', {class: 'error', role: 'alert', hidden: true});
  const optionList = h('div', {id: p + '-options'});
  const addOption = (text, correct) => {
    const i = optionList.children.length;
    optionList.append(h('div', {class: 'option-row'},
      h('input', {type: 'radio', name: p + '-key', id: `${p}-key-${i}`, value: String(i), checked: correct}),
      h('label', {for: `${p}-key-${i}`, class: 'visually-hidden'}, `Option ${i + 1} is the key`),
      h('label', {for: `${p}-opt-${i}`}, `Option ${i + 1}`),
      h('input', {type: 'text', id: `${p}-opt-${i}`, class: 'option', value: text, maxlength: '500', autocomplete: 'off'})));
  };
  options.forEach((text, i) => addOption(text, i === key));

  const form = h('form', {novalidate: true, onsubmit: async e => {
    e.preventDefault();
    problem.hidden = true;
    const texts = [...optionList.querySelectorAll('input.option')].map(i => i.value.trim());
    const keyIndex = Number((form.querySelector(`input[name="${p}-key"]:checked`) || {value: -1}).value);
    const kept = texts.map((t, i) => [t, i]).filter(([t]) => t);
    const body = {
      stem: form.querySelector(`#${p}-stem`).value.trim(),
      kind: item ? item.kind : 'INSTRUCTOR',
      options: kept.map(([t]) => t),
      answer: kept.findIndex(([, i]) => i === keyIndex),
      explanation: form.querySelector(`#${p}-explanation`).value.trim() || null,
      source: item && item.source ? item.source : null,
    };
    if (!body.stem || body.options.length < 2 || body.answer < 0) {
      problem.hidden = false;
      problem.textContent = !body.stem ? 'Write the question.' : body.options.length < 2
        ? 'Give at least two options.' : 'Mark the option that is the key (it must not be empty).';
      return;
    }
    try {
      if (item) {
        const updated = await api('PUT', `quizzes/${quiz.id}/items/${item.id}`, body);
        replaceItem(updated);
        say('Item saved.');
        render();
        offerRegrade(updated);
        focusHeading(document.getElementById('item-' + item.id + '-h'));
      } else {
        const created = await api('POST', `quizzes/${quiz.id}/items`, body);
        quiz.items.push(created);
        say('Item added as a draft.');
        render();
        focusHeading(document.getElementById('item-' + created.id + '-h'));
      }
    } catch (err) {
      problem.hidden = false;
      problem.textContent = describeError(err);
    }
  }},
    h('div', {class: 'field'},
      h('label', {for: p + '-stem'}, 'Question'),
      h('textarea', {id: p + '-stem', rows: '3', maxlength: '2000'}, item ? item.stem : '')),
    h('fieldset', {class: 'group'},
      h('legend', null, 'Options (choose the key with the round button)'),
      optionList,
      h('button', {type: 'button', class: 'link', onclick: () => {
        if (optionList.children.length < 10) {
          addOption('', false);
          optionList.lastElementChild.querySelector('input.option').focus();
        }
      }}, 'Add an option')),
    h('div', {class: 'field'},
      h('label', {for: p + '-explanation'}, 'Explanation shown in feedback'),
      h('textarea', {id: p + '-explanation', rows: '2', maxlength: '5000'}, item && item.explanation ? item.explanation : '')),
    problem,
    h('div', {class: 'actions'},
      h('button', {type: 'submit', class: 'primary'}, item ? 'Save the item' : 'Add the item'),
      item ? h('button', {type: 'button', onclick: () => {
        render();
        focusHeading(document.getElementById('item-' + item.id + '-h'));
      }}, 'Cancel') : null));
  return form;
}

if (!session()) {
  noSession(main);
} else if (!quizId) {
  fill(main, h('h1', null, 'Review items'), h('p', {class: 'error', role: 'alert'}, 'No quiz was named in the link.'));
} else {
  load();
}

// The student page's questions (see take.js): the navigation grid (answered, not saved yet, flagged for review), the
// questions of the current page, paging, and the finish page. The page remembers, per attempt, the flags and where the student was.
import {h, fill, focusHeading, formatDateTime, sourceBlock} from './common.js';
import {store} from './save-queue.js';
import {state, PER_PAGE_KEY} from './take-state.js';

/** take.js's handlers: choose(itemId, choiceId) saves an answer; submit() submits the attempt. */
const hooks = {choose: null, submit: null};
const main = document.getElementById('main');

export function connectQuestions(handlers) {
  Object.assign(hooks, handlers);
}

export function numberOf(itemId) {
  const item = state.items.find(i => i.itemId === itemId);
  return item ? item.number : '?';
}

export function isAnswered(itemId) {
  const choice = state.answers.get(itemId);
  return choice !== undefined && choice !== null;
}

function pageCount() {
  return Math.max(1, Math.ceil(state.items.length / state.perPage));
}

function itemsOnPage() {
  return state.items.slice(state.page * state.perPage, (state.page + 1) * state.perPage);
}

export function isFlagged(itemId) {
  return Boolean(state.marks && state.marks.isFlagged(itemId));
}

/** The page that holds the question the student was last on (issue 13: a reload reopens it), else the first. */
export function reopenPage() {
  const at = state.marks && state.marks.at;
  const index = state.items.findIndex(i => i.itemId === at);
  state.page = index < 0 ? 0 : Math.floor(index / state.perPage);
}

function remember() {
  const first = itemsOnPage()[0];
  if (state.marks && first) {
    state.marks.showing(first.itemId);
  }
}

function flagButton(item) {
  const flagged = isFlagged(item.itemId);
  return h('button', {type: 'button', class: 'link flag' + (flagged ? ' on' : ''), id: 'flag-' + item.itemId,
    'aria-pressed': flagged ? 'true' : 'false', onclick: () => {
      state.marks.toggle(item.itemId);
      rerenderItem(item.itemId);
      document.getElementById('flag-' + item.itemId).focus();
    }}, h('span', {'aria-hidden': 'true'}, '⚑ '), 'Flag for review',
    h('span', {class: 'visually-hidden'}, ` question ${item.number}`));
}


export function renderQuestions(moveFocus) {
  state.view = 'questions';
  const total = state.items.length;
  const perPageSelect = h('select', {id: 'per-page', onchange: e => {
    const first = itemsOnPage()[0];
    state.perPage = Number(e.target.value);
    store.set(PER_PAGE_KEY, String(state.perPage));
    state.page = Math.floor(state.items.indexOf(first) / state.perPage);
    remember();
    renderQuestions(false);
    document.getElementById('per-page').focus();
  }},
    [1, 5, 10].filter(n => n < total).map(n => h('option', {value: String(n), selected: state.perPage === n}, String(n))),
    h('option', {value: String(total), selected: state.perPage >= total}, `All ${total}`));

  const attempt = state.attempt;
  fill(main,
    h('h1', {id: 'quiz-heading'}, state.title),
    h('p', {class: 'lead'}, `Attempt ${attempt.number} · ${total} question${total === 1 ? '' : 's'}`,
      attempt.endsAt ? ` · ends at ${formatDateTime(attempt.endsAt)}` : ''),
    h('div', {class: 'toolbar'},
      h('label', {for: 'per-page'}, 'Questions per page'), perPageSelect),
    h('nav', {class: 'navigator', 'aria-label': 'Questions'},
      h('ol', null, state.items.map(item => h('li', null, h('button', {
        type: 'button', id: 'nav-' + item.itemId, class: 'nav-item',
        onclick: () => goTo(item.itemId),
      }))))),
    h('div', {id: 'questions'}, itemsOnPage().map(renderItem)),
    pager(),
    h('div', {class: 'finish'},
      h('button', {type: 'button', class: 'primary', id: 'finish', onclick: () => renderSummary()}, 'Finish attempt…')));
  refreshNavigator();
  if (moveFocus) {
    focusHeading(document.querySelector('#questions h2'));
  }
}

function pager() {
  if (pageCount() === 1) {
    return null;
  }
  return h('nav', {class: 'pager', 'aria-label': 'Pages'},
    h('button', {type: 'button', disabled: state.page === 0, onclick: () => turnTo(state.page - 1)}, '← Previous page'),
    h('span', {'aria-current': 'page'}, `Page ${state.page + 1} of ${pageCount()}`),
    h('button', {type: 'button', disabled: state.page === pageCount() - 1, onclick: () => turnTo(state.page + 1)}, 'Next page →'));
}

function turnTo(page) {
  state.page = page;
  remember();
  renderQuestions(true);
}

export function goTo(itemId) {
  const index = state.items.findIndex(i => i.itemId === itemId);
  state.page = Math.floor(index / state.perPage);
  remember();
  renderQuestions(false);
  focusHeading(document.getElementById('q-' + itemId + '-h'));
}

export function refreshNavigator() {
  if (state.view !== 'questions') {
    return;
  }
  const onPage = new Set(itemsOnPage().map(i => i.itemId));
  for (const item of state.items) {
    const button = document.getElementById('nav-' + item.itemId);
    if (!button) {
      continue;
    }
    const answered = isAnswered(item.itemId);
    const waiting = state.queue && state.queue.entries[item.itemId] !== undefined;
    const flagged = isFlagged(item.itemId);
    fill(button, String(item.number), flagged ? h('span', {class: 'flag-mark', 'aria-hidden': 'true'}, '⚑') : null);
    button.classList.toggle('answered', answered);
    button.classList.toggle('waiting', waiting);
    button.classList.toggle('flagged', flagged);
    button.setAttribute('aria-label', `Question ${item.number}, ${answered ? 'answered' : 'not answered'}` +
      (waiting ? ', not saved yet' : '') + (flagged ? ', flagged for review' : ''));
    if (onPage.has(item.itemId)) {
      button.setAttribute('aria-current', 'true');
    } else {
      button.removeAttribute('aria-current');
    }
  }
}

function renderItem(item) {
  const locked = state.locked.has(item.itemId) || state.closed;
  const chosen = state.answers.get(item.itemId);
  const name = 'item-' + item.itemId;
  return h('section', {class: 'question', id: 'q-' + item.itemId, 'aria-labelledby': 'q-' + item.itemId + '-h'},
    h('h2', {id: 'q-' + item.itemId + '-h'}, `Question ${item.number}`, h('span', {class: 'of'}, ` of ${state.items.length}`)),
    h('fieldset', {disabled: locked},
      h('legend', {class: 'stem'}, item.stem),
      item.choices.map(choice => {
        const id = 'c-' + choice.choiceId;
        return h('div', {class: 'choice'},
          h('input', {type: 'radio', id, name, value: String(choice.choiceId), checked: chosen === choice.choiceId,
            onchange: () => hooks.choose(item.itemId, choice.choiceId)}),
          h('label', {for: id}, choice.text,
            locked && chosen === choice.choiceId ? h('span', {class: 'tag'}, 'Your answer') : null));
      })),
    locked ? null : h('button', {type: 'button', class: 'link', disabled: !isAnswered(item.itemId),
      onclick: () => {
        hooks.choose(item.itemId, null);
        rerenderItem(item.itemId);
        focusHeading(document.getElementById('q-' + item.itemId + '-h'));
      }}, 'Clear my answer', h('span', {class: 'visually-hidden'}, ` to question ${item.number}`)),
    state.closed ? null : flagButton(item),
    state.feedback.has(item.itemId) ? feedbackBlock(item, state.feedback.get(item.itemId)) : null);
}

export function rerenderItem(itemId) {
  const old = document.getElementById('q-' + itemId);
  const item = state.items.find(i => i.itemId === itemId);
  if (old && item) {
    const hadFocus = old.contains(document.activeElement);
    const focusedId = document.activeElement && document.activeElement.id;
    old.replaceWith(renderItem(item));
    if (hadFocus) {
      const again = focusedId && document.getElementById(focusedId);
      (again && !again.disabled ? again : document.getElementById('q-' + itemId + '-h')).focus();
    }
  }
  refreshNavigator();
}

/** Right or wrong, the key, the explanation and the sentence of the article it comes from. */
function feedbackBlock(item, f) {
  const key = item.choices.find(c => c.choiceId === f.keyChoiceId);
  const verdict = f.chosenChoiceId === null || f.chosenChoiceId === undefined ? 'Not answered'
    : f.correct ? 'Correct' : 'Incorrect';
  return h('div', {class: 'feedback ' + (f.correct ? 'right' : 'wrong')},
    h('p', {class: 'verdict'}, h('span', {'aria-hidden': 'true'}, f.correct ? '✓ ' : '✗ '), verdict),
    f.correct || !key ? null : h('p', null, 'The correct answer is: ', h('strong', null, key.text)),
    f.explanation ? h('p', null, f.explanation) : null,
    sourceBlock(f));
}

/** The finish page: what is not answered, what is flagged, what is not saved yet; then submit. */
export function renderSummary() {
  state.view = 'summary';
  const unanswered = state.items.filter(i => !isAnswered(i.itemId));
  const flagged = state.items.filter(i => isFlagged(i.itemId));
  const listOf = items => h('ul', {class: 'unanswered'}, items.map(item => h('li', null,
    h('button', {type: 'button', class: 'link', onclick: () => goTo(item.itemId)},
      `Question ${item.number}: `, truncate(item.stem, 90)))));
  const answered = state.items.length - unanswered.length;
  const waiting = state.queue.size;
  fill(main,
    h('h1', {id: 'summary-heading'}, 'Finish your attempt'),
    h('p', {class: 'lead'}, `You answered ${answered} of ${state.items.length} questions.`),
    unanswered.length ? [h('h2', null, 'Not answered yet'), listOf(unanswered)] : h('p', null, 'Every question has an answer.'),
    flagged.length ? [h('h2', null, 'Flagged for review'), h('div', {id: 'flagged'}, listOf(flagged))] : null,
    waiting ? h('p', {class: 'notice'}, `${waiting} answer${waiting === 1 ? ' is' : 's are'} not saved yet. ` +
      'They are kept on this device; submitting waits until they are saved.') : null,
    h('p', {id: 'submit-problem', class: 'notice', role: 'alert', hidden: true}),
    h('div', {class: 'actions'},
      h('button', {type: 'button', class: 'primary', id: 'submit', onclick: hooks.submit}, 'Submit and finish'),
      h('button', {type: 'button', onclick: () => renderQuestions(true)}, 'Back to the questions')));
  focusHeading(document.getElementById('summary-heading'));
}

function truncate(text, n) {
  return text.length > n ? text.substring(0, n - 1) + '…' : text;
}

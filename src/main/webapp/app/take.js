// The student's page: take an attempt, keep every answer safe, submit, and review.
//
// Saving. Each change is put in a queue in localStorage (per attempt) with a client sequence number before anything
// is sent, then sent in the background, one save at a time, retried with backoff while the network is down. The
// server applies a save only if its seq is newer than the stored one, so retries and duplicates are harmless and a
// stale save never overwrites a newer answer. An entry leaves the queue only once the server acknowledged it (the
// server acknowledges only committed answers). A reload, a crash or a dropped network therefore loses nothing:
// the next load merges the queue with what the server has (newer seq wins) and sends what is left.
//
// Time. The server's endsAt is authoritative; the countdown uses our clock corrected by the server's clock (overview).
import {api, ApiError, NetworkError, session, noSession, h, fill, focusHeading, describeError, numberParam,
  formatDateTime, serverNow, setServerTime, sourceBlock, reviewedItem, showLoadProblem} from './common.js';
import {store, SaveQueue} from './save-queue.js';

const main = document.getElementById('main');
const saveState = document.getElementById('save-state');
const timerBox = document.getElementById('timer');
const timeLeft = document.getElementById('time-left');
const warning = document.getElementById('warning');

const PER_PAGE_KEY = 'articlequiz.perPage';
const WARN_AT_SECONDS = [60, 300];

let quizId = numberParam('quiz');

const state = {
  attempt: null,
  items: [],
  answers: new Map(),   // itemId → choiceId (or null when cleared), as the student last chose
  locked: new Set(),    // items marked with immediate feedback
  feedback: new Map(),  // itemId → ItemFeedback
  page: 0,
  perPage: Number(store.get(PER_PAGE_KEY)) || 0,
  endsAt: null,
  closed: false,
  view: 'questions',
  title: 'Quiz',
};
let queue = null;
let flushing = false;
let retryTimer = null;
let backoffMs = 1000;
let connection = 'ok';      // ok | offline | retrying | session-ended
let lastErrors = [];
const warned = new Set();
let ticker = null;

// ---------- saving ----------

function choose(itemId, choiceId) {
  if (state.closed || state.locked.has(itemId)) {
    return;
  }
  state.answers.set(itemId, choiceId);
  queue.put(itemId, choiceId);
  refreshNavigator();
  showSaveState();
  flush();
}

function scheduleRetry() {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(flush, backoffMs);
  backoffMs = Math.min(backoffMs * 2, 15000);
}

async function flush() {
  if (flushing || !queue || connection === 'session-ended') {
    return;
  }
  flushing = true;
  clearTimeout(retryTimer);
  showSaveState();
  try {
    for (let entry = queue.first(); entry; entry = queue.first()) {
      const attemptId = state.attempt.attemptId;
      try {
        const saved = await api('PUT', `attempts/${attemptId}/responses/${entry.itemId}`,
          {choiceId: entry.choiceId, seq: entry.seq});
        connection = 'ok';
        backoffMs = 1000;
        queue.seen(saved.seq);
        queue.ack(entry.itemId, Math.max(saved.seq, entry.seq));
        if (saved.endsAt) {
          setEndsAt(saved.endsAt);
        }
        if (!saved.applied && saved.seq > entry.seq && !queue.entries[entry.itemId]) {
          // A newer answer reached the server from elsewhere (another tab): show what is stored.
          state.answers.set(entry.itemId, saved.choiceId ?? null);
          rerenderItem(entry.itemId);
        }
        if (saved.feedback) {
          announce(`Question ${numberOf(entry.itemId)}: ${saved.feedback.correct ? 'correct' : 'incorrect'}. The feedback is below the question.`);
          state.locked.add(entry.itemId);
          state.feedback.set(entry.itemId, saved.feedback);
          state.answers.set(entry.itemId, saved.choiceId ?? null);
          rerenderItem(entry.itemId);
        }
      } catch (e) {
        // A refusal with no problem document is not the API's answer but the way there (issue 12: a node that is
        // stopping answers its container's 404 page for a moment): retried like a 5xx, with the same seq.
        const notFromTheApi = e instanceof ApiError && !e.type && e.status !== 401;
        if (e instanceof NetworkError || (e instanceof ApiError && (e.status >= 500 || e.status === 429 || e.status === 408))
            || notFromTheApi) {
          connection = e instanceof NetworkError ? 'offline' : 'retrying';
          scheduleRetry();
          break;
        }
        if (e.status === 401) {
          connection = 'session-ended';
          break;
        }
        if (e.type === 'attempt-closed') {
          // The attempt closed (time ran out, or it was submitted elsewhere) before these answers arrived.
          const lost = queue.size;
          lastErrors = [];
          queue.clear();
          await attemptClosed();
          if (lost) {
            showWarning(`The attempt had already closed: ${lost} answer${lost === 1 ? ' was' : 's were'} given too late and ` +
              `${lost === 1 ? 'is' : 'are'} not counted.`);
          }
          break;
        }
        if (e.type === 'answer-locked') {
          queue.drop(entry.itemId);
          await reloadResponses();
          continue;
        }
        // Any other refusal cannot succeed by retrying: say so and go on with the rest.
        queue.drop(entry.itemId);
        lastErrors.push('Question ' + numberOf(entry.itemId) + ': ' + describeError(e));
      }
    }
  } finally {
    flushing = false;
    showSaveState();
    refreshNavigator();
  }
}

function showSaveState() {
  if (!queue || state.view === 'results') {
    if (state.view === 'results') {
      saveState.textContent = '';
      delete saveState.dataset.state;
    }
    return;
  }
  const waiting = queue.size;
  const where = store.durable ? 'on this device' : 'in this tab';
  let text;
  let kind;
  if (connection === 'session-ended') {
    text = `Your session has ended. ${waiting} unsaved answer${waiting === 1 ? ' is' : 's are'} kept ${where}: open the quiz again from your course to send ${waiting === 1 ? 'it' : 'them'}.`;
    kind = 'bad';
  } else if (connection === 'offline' && waiting > 0) {
    text = `Offline: your answers are kept ${where} and will be saved when the connection returns (${waiting} waiting).`;
    kind = 'bad';
  } else if (connection === 'retrying' && waiting > 0) {
    text = `The server is busy: retrying (${waiting} waiting). Your answers are kept ${where}.`;
    kind = 'bad';
  } else if (waiting > 0 || flushing) {
    text = 'Saving…';
    kind = 'busy';
  } else {
    text = 'All answers saved.';
    kind = 'ok';
  }
  if (lastErrors.length) {
    text += ' Not saved: ' + lastErrors.join(' ');
    kind = 'bad';
  }
  if (saveState.textContent !== text) {
    saveState.textContent = text;
  }
  saveState.dataset.state = kind;
}

window.addEventListener('online', () => {
  backoffMs = 1000;
  flush();
});
window.addEventListener('offline', () => {
  if (queue && queue.size) {
    connection = 'offline';
    showSaveState();
  }
});

// ---------- time ----------

function setEndsAt(iso) {
  state.endsAt = iso ? Date.parse(iso) : null;
  if (state.endsAt && !ticker && !state.closed) {
    timerBox.hidden = false;
    ticker = setInterval(tick, 1000);
    tick();
  }
}

function formatSeconds(total) {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = n => String(n).padStart(2, '0');
  return hours ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

function tick() {
  if (!state.endsAt || state.closed) {
    return;
  }
  const left = Math.max(0, Math.ceil((state.endsAt - serverNow()) / 1000));
  timeLeft.textContent = formatSeconds(left);
  timerBox.classList.toggle('urgent', left <= 60);
  const threshold = WARN_AT_SECONDS.find(t => left <= t);
  if (threshold && !warned.has(threshold) && left > 0) {
    WARN_AT_SECONDS.filter(t => t >= threshold).forEach(t => warned.add(t));
    const minutes = Math.ceil(left / 60);
    showWarning(`Less than ${minutes} minute${minutes === 1 ? '' : 's'} left. Your answers are saved as you go; ` +
      'when time runs out the attempt is submitted with the answers saved by then.');
  }
  if (left === 0) {
    timeUp();
  }
}

function announce(text) {
  document.getElementById('announce').textContent = text;
}

function showWarning(text) {
  warning.hidden = false;
  warning.textContent = text;
}

async function timeUp() {
  clearInterval(ticker);
  ticker = null;
  if (state.closed) {
    return;
  }
  showWarning('Time is up. Your attempt was submitted with the answers saved by then.');
  // Answers refused as busy or lost at the deadline are retried within the server's grace period (10 s).
  for (let waited = 0; waited < 8000 && queue.size && !state.closed; waited += 1000) {
    await flush();
    await new Promise(resolve => setTimeout(resolve, queue.size ? 1000 : 0));
  }
  // The server closes the attempt at endsAt; give its clock a moment before asking for the result.
  await new Promise(resolve => setTimeout(resolve, 1500));
  await attemptClosed();
}

async function attemptClosed() {
  if (state.closed) {
    return;
  }
  state.closed = true;
  clearInterval(ticker);
  ticker = null;
  timerBox.hidden = true;
  await showResults(state.attempt.attemptId);
}

// ---------- starting and resuming ----------

/** The start page: the quiz's rules and past attempts. An attempt in progress is resumed without asking. */
async function overview() {
  state.view = 'overview';
  fill(main, h('h1', null, state.title), h('p', {role: 'status'}, 'Loading the quiz…'));
  let o;
  const sentAt = Date.now();
  try {
    o = await api('GET', `quizzes/${quizId}/overview`);
  } catch (e) {
    return showLoadProblem(main, state.title, e, overview);
  }
  if (o.serverTime) {
    setServerTime(o.serverTime, sentAt);
  }
  state.title = o.title;
  document.title = o.title + ' – Article Quiz';
  if (o.openAttemptId) {
    return start();
  }
  const minutes = o.timeLimitSeconds ? Math.round(o.timeLimitSeconds / 60) : null;
  const used = o.attempts.length;
  const fact = (term, value) => [h('dt', null, term), h('dd', null, value)];
  fill(main,
    h('h1', {id: 'overview-heading'}, o.title),
    o.practice ? h('dl', {class: 'facts'},
      fact('Questions', String(o.questions)),
      fact('Graded', 'No, practice'))
    : h('dl', {class: 'facts'},
      fact('Questions', String(o.questions)),
      fact('Time limit', minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : 'None'),
      fact('Attempts', o.attemptsAllowed ? `${used} of ${o.attemptsAllowed} used` : `${used} so far, no limit`),
      o.opensAt ? fact('Opens', formatDateTime(o.opensAt)) : null,
      o.closesAt ? fact('Closes', formatDateTime(o.closesAt)) : null,
      fact('Feedback', {IMMEDIATE: 'after each answer', AFTER_SUBMISSION: 'when you submit', AFTER_CLOSE: 'after the quiz closes'}[o.feedbackTiming] || '')),
    used ? [h('h2', null, 'Your attempts'),
      h('ul', {class: 'attempts'}, o.attempts.map(a => h('li', null,
        `Attempt ${a.number}: `, a.submittedAt ? `finished ${formatDateTime(a.submittedAt)} ` : 'finished ',
        h('button', {type: 'button', class: 'link', onclick: () => showResults(a.attemptId)},
          'See the result', h('span', {class: 'visually-hidden'}, ` of attempt ${a.number}`)))))] : null,
    o.practice ? [
      h('p', {class: 'notice'}, 'This is a practice quiz: it is not graded. You get feedback after every answer, and the ' +
        'questions you miss come back later until you get them right.'),
      h('div', {class: 'actions'},
        h('a', {class: 'button primary', id: 'practise', href: `practice.html?quiz=${quizId}`}, 'Practise'))]
    : o.mayStart ? [
      minutes ? h('p', {class: 'notice'}, `You will have ${minutes} minute${minutes === 1 ? '' : 's'}. The clock starts when you ` +
        'press Start and keeps running if you leave the page; when it runs out, the answers saved by then are submitted.') : null,
      h('div', {class: 'actions'},
        h('button', {type: 'button', class: 'primary', id: 'start', onclick: start}, `Start attempt ${used + 1}`))]
      : h('p', {class: 'notice', id: 'why-not'}, o.whyNot));
}

async function start() {
  fill(main, h('h1', null, state.title), h('p', {role: 'status'}, 'Loading the quiz…'));
  let attempt;
  try {
    attempt = await api('POST', `quizzes/${quizId}/attempts`);
  } catch (e) {
    return showLoadProblem(main, state.title, e, start);
  }
  await open(attempt);
  focusHeading(document.getElementById('quiz-heading'));
}

async function open(attempt) {
  state.attempt = attempt;
  state.items = attempt.items || [];
  state.closed = attempt.state === 'closed';
  if (state.closed) {
    return showResults(attempt.attemptId);
  }
  queue = new SaveQueue(attempt.attemptId);
  mergeResponses(attempt.responses || []);
  if (state.perPage === 0) {
    state.perPage = state.items.length <= 5 ? state.items.length : 5;
  }
  if (state.locked.size) {
    await loadImmediateFeedback();
  }
  setEndsAt(attempt.endsAt);
  renderQuestions(false);
  showSaveState();
  flush();
}

/** What the server has, merged with what this device still has to send: the newer sequence number wins. */
function mergeResponses(responses) {
  const server = new Map(responses.map(r => [r.itemId, r]));
  for (const r of responses) {
    queue.seen(r.seq);
    state.answers.set(r.itemId, r.choiceId ?? null);
    if (r.locked) {
      state.locked.add(r.itemId);
    }
  }
  for (const [id, entry] of Object.entries(queue.entries)) {
    const itemId = Number(id);
    const stored = server.get(itemId);
    if (!state.items.some(i => i.itemId === itemId) || (stored && (stored.seq >= entry.seq || stored.locked))) {
      queue.drop(itemId);
    } else {
      state.answers.set(itemId, entry.choiceId);
    }
  }
}

async function reloadResponses() {
  try {
    const attempt = await api('GET', `attempts/${state.attempt.attemptId}`);
    mergeResponses(attempt.responses || []);
    if (state.locked.size) {
      await loadImmediateFeedback();
    }
    state.items.forEach(i => rerenderItem(i.itemId));
  } catch (e) {
    // The next save will tell.
  }
}

async function loadImmediateFeedback() {
  try {
    const review = await api('GET', `attempts/${state.attempt.attemptId}/review`);
    for (const f of review.items || []) {
      state.feedback.set(f.itemId, f);
    }
  } catch (e) {
    // Feedback comes back with the next save or at the end; the answers are what matters here.
  }
}

// ---------- the questions ----------

function numberOf(itemId) {
  const item = state.items.find(i => i.itemId === itemId);
  return item ? item.number : '?';
}

function isAnswered(itemId) {
  const choice = state.answers.get(itemId);
  return choice !== undefined && choice !== null;
}

function pageCount() {
  return Math.max(1, Math.ceil(state.items.length / state.perPage));
}

function itemsOnPage() {
  return state.items.slice(state.page * state.perPage, (state.page + 1) * state.perPage);
}

function renderQuestions(moveFocus) {
  state.view = 'questions';
  const total = state.items.length;
  const perPageSelect = h('select', {id: 'per-page', onchange: e => {
    const first = itemsOnPage()[0];
    state.perPage = Number(e.target.value);
    store.set(PER_PAGE_KEY, String(state.perPage));
    state.page = Math.floor(state.items.indexOf(first) / state.perPage);
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
  renderQuestions(true);
}

function goTo(itemId) {
  const index = state.items.findIndex(i => i.itemId === itemId);
  state.page = Math.floor(index / state.perPage);
  renderQuestions(false);
  focusHeading(document.getElementById('q-' + itemId + '-h'));
}

function refreshNavigator() {
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
    const waiting = queue && queue.entries[item.itemId] !== undefined;
    button.textContent = String(item.number);
    button.classList.toggle('answered', answered);
    button.classList.toggle('waiting', waiting);
    button.setAttribute('aria-label', `Question ${item.number}, ${answered ? 'answered' : 'not answered'}` +
      (waiting ? ', not saved yet' : ''));
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
            onchange: () => choose(item.itemId, choice.choiceId)}),
          h('label', {for: id}, choice.text,
            locked && chosen === choice.choiceId ? h('span', {class: 'tag'}, 'Your answer') : null));
      })),
    locked ? null : h('button', {type: 'button', class: 'link', disabled: !isAnswered(item.itemId),
      onclick: () => {
        choose(item.itemId, null);
        rerenderItem(item.itemId);
        focusHeading(document.getElementById('q-' + item.itemId + '-h'));
      }}, 'Clear my answer', h('span', {class: 'visually-hidden'}, ` to question ${item.number}`)),
    state.feedback.has(item.itemId) ? feedbackBlock(item, state.feedback.get(item.itemId)) : null);
}

function rerenderItem(itemId) {
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

// ---------- finishing ----------

function renderSummary() {
  state.view = 'summary';
  const unanswered = state.items.filter(i => !isAnswered(i.itemId));
  const answered = state.items.length - unanswered.length;
  const waiting = queue.size;
  fill(main,
    h('h1', {id: 'summary-heading'}, 'Finish your attempt'),
    h('p', {class: 'lead'}, `You answered ${answered} of ${state.items.length} questions.`),
    unanswered.length ? [
      h('h2', null, 'Not answered yet'),
      h('ul', {class: 'unanswered'}, unanswered.map(item => h('li', null,
        h('button', {type: 'button', class: 'link', onclick: () => {
          renderQuestions(false);
          goTo(item.itemId);
        }}, `Question ${item.number}: `, truncate(item.stem, 90))))),
    ] : h('p', null, 'Every question has an answer.'),
    waiting ? h('p', {class: 'notice'}, `${waiting} answer${waiting === 1 ? ' is' : 's are'} not saved yet. ` +
      'They are kept on this device; submitting waits until they are saved.') : null,
    h('p', {id: 'submit-problem', class: 'notice', role: 'alert', hidden: true}),
    h('div', {class: 'actions'},
      h('button', {type: 'button', class: 'primary', id: 'submit', onclick: submit}, 'Submit and finish'),
      h('button', {type: 'button', onclick: () => renderQuestions(true)}, 'Back to the questions')));
  focusHeading(document.getElementById('summary-heading'));
}

function truncate(text, n) {
  return text.length > n ? text.substring(0, n - 1) + '…' : text;
}

async function submit() {
  const button = document.getElementById('submit');
  const problem = document.getElementById('submit-problem');
  button.disabled = true;
  problem.hidden = true;
  await flush();
  if (state.closed) {
    return;
  }
  if (queue.size) {
    problem.hidden = false;
    problem.textContent = 'Some answers could not be saved yet, so the attempt was not submitted. They are kept on ' +
      'this device; try again when the connection is back.';
    button.disabled = false;
    return;
  }
  try {
    await api('POST', `attempts/${state.attempt.attemptId}/submit`);
  } catch (e) {
    problem.hidden = false;
    problem.textContent = 'The attempt was not submitted: ' + describeError(e);
    button.disabled = false;
    return;
  }
  warning.hidden = true;
  await attemptClosed();
}

// ---------- results ----------

async function showResults(attemptId) {
  state.view = 'results';
  state.closed = true;
  clearInterval(ticker);
  ticker = null;
  timerBox.hidden = true;
  saveState.textContent = '';
  delete saveState.dataset.state;
  history.replaceState(null, '', `take.html?quiz=${quizId}&attempt=${attemptId}`);
  fill(main, h('h1', null, 'Your result'), h('p', {role: 'status'}, 'Loading your result…'));
  let attempt;
  let review = null;
  let reviewProblem = null;
  try {
    attempt = await api('GET', `attempts/${attemptId}`);
    quizId = attempt.quizId;
  } catch (e) {
    const retry = () => showResults(attemptId);
    fill(main, h('h1', null, 'Your result'), h('p', {class: 'notice', role: 'alert'}, describeError(e)),
      e instanceof NetworkError ? h('button', {type: 'button', class: 'primary', onclick: retry}, 'Try again') : null);
    if (e instanceof NetworkError) {
      window.addEventListener('online', retry, {once: true});
    }
    return;
  }
  try {
    review = await api('GET', `attempts/${attemptId}/review`);
  } catch (e) {
    reviewProblem = e;
  }
  const score = review && review.score;
  const feedback = new Map(((review && review.items) || []).map(f => [f.itemId, f]));
  const closedBy = attempt.closeReason === 'TIME_EXPIRED'
    ? `Time ran out at ${formatDateTime(attempt.submittedAt)}; the answers saved by then were marked.`
    : `Submitted at ${formatDateTime(attempt.submittedAt)}.`;
  fill(main,
    h('h1', {id: 'result-heading'}, 'Your result'),
    h('p', {class: 'lead'}, state.title !== 'Quiz' ? state.title + ' · ' : '', `Attempt ${attempt.number}. ${closedBy}`),
    score ? h('p', {class: 'score', id: 'score'},
      `Score: ${formatPoints(score.points)} of ${formatPoints(score.maxPoints)} (${Math.round(score.fraction * 100)}%)`) : null,
    reviewProblem ? h('p', {class: 'notice'}, reviewProblem instanceof ApiError && reviewProblem.type === 'review-not-available'
      ? reviewProblem.message + ' Your answers are recorded.' : describeError(reviewProblem)) : null,
    h('p', {id: 'gradebook', role: 'status', hidden: true}),
    feedback.size ? h('ol', {class: 'review'}, (attempt.items || []).map(item => reviewItem(item, feedback.get(item.itemId)))) : null,
    h('div', {class: 'actions'},
      h('button', {type: 'button', id: 'back', onclick: backToOverview}, 'Back to the quiz')));
  focusHeading(document.getElementById('result-heading'));
  gradebookLine(attemptId);
}

/** Whether the course's gradebook has the grade (LTI grade passback); nothing when no gradebook takes it. */
async function gradebookLine(attemptId, tries = 0) {
  let delivery;
  try {
    delivery = await api('GET', `lti/gradebook/attempts/${attemptId}`);
  } catch (e) {
    return;
  }
  const line = document.getElementById('gradebook');
  if (!line || delivery.state === 'NOT_SENT') {
    return;
  }
  line.hidden = false;
  line.textContent = {
    DELIVERED: 'Your grade is in the course gradebook.',
    PARKED: 'The course gradebook did not take your grade; your instructor can see why and send it again.',
  }[delivery.state] || 'Sending your grade to the course gradebook…';
  if (delivery.state === 'PENDING' && tries < 20 && state.view === 'results') {
    setTimeout(() => gradebookLine(attemptId, tries + 1), 3000);
  }
}

function formatPoints(p) {
  return Number.isInteger(p) ? String(p) : p.toFixed(2);
}

function reviewItem(item, f) {
  if (!f) {
    return h('li', {class: 'question'}, h('h2', null, `Question ${item.number}`), h('p', {class: 'stem'}, item.stem));
  }
  return reviewedItem('li', item, f, null);
}

function backToOverview() {
  history.replaceState(null, '', `take.html?quiz=${quizId}`);
  Object.assign(state, {attempt: null, items: [], answers: new Map(), locked: new Set(), feedback: new Map(), page: 0, closed: false});
  queue = null;
  warned.clear();
  warning.hidden = true;
  overview().then(() => focusHeading(document.getElementById('overview-heading') || main.querySelector('h1')));
}

// ---------- go ----------

const s = session();
if (!s) {
  noSession(main);
} else {
  quizId = quizId ?? s.quiz;
  const reviewAttempt = numberParam('attempt');
  if (reviewAttempt) {
    showResults(reviewAttempt);
  } else if (!quizId) {
    fill(main, h('h1', null, 'Quiz'), h('p', {class: 'notice', role: 'alert'}, 'No quiz was named in the link.'));
  } else {
    overview();
  }
}

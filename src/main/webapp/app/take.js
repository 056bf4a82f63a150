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
  serverNow, setServerTime, showLoadProblem} from './common.js';
import {SaveQueue, describeSaving} from './save-queue.js';
import {state, AttemptMarks} from './take-state.js';
import {connectQuestions, numberOf, reopenPage, renderQuestions, refreshNavigator, rerenderItem} from './take-questions.js';
import {renderResults} from './take-results.js';
import {connectTimer, setEndsAt, stopTimer, resetWarnings, announce, showWarning} from './take-timer.js';
import {renderOverview} from './take-overview.js';
import {watchOtherTabs} from './take-tabs.js';

const main = document.getElementById('main');
const saveState = document.getElementById('save-state');
const warning = document.getElementById('warning');

let quizId = numberParam('quiz');

let flushing = false;
let retryTimer = null;
let backoffMs = 1000;
let connection = 'ok';      // ok | offline | retrying | session-ended
let lastErrors = [];

// ---------- saving ----------

function choose(itemId, choiceId) {
  if (state.closed || state.locked.has(itemId)) {
    return;
  }
  state.answers.set(itemId, choiceId);
  state.queue.put(itemId, choiceId);
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
  if (flushing || !state.queue || connection === 'session-ended') {
    return;
  }
  flushing = true;
  clearTimeout(retryTimer);
  showSaveState();
  let renumbered = false;
  try {
    for (let entry = state.queue.first(); entry; entry = state.queue.first()) {
      const attemptId = state.attempt.attemptId;
      try {
        const saved = await api('PUT', `attempts/${attemptId}/responses/${entry.itemId}`,
          {choiceId: entry.choiceId, seq: entry.seq});
        connection = 'ok';
        backoffMs = 1000;
        state.queue.seen(saved.seq);
        state.queue.ack(entry.itemId, Math.max(saved.seq, entry.seq));
        if (saved.endsAt) {
          setEndsAt(saved.endsAt);
        }
        if (!saved.applied && saved.seq > entry.seq && !state.queue.entries[entry.itemId]) {
          // A newer answer reached the server from elsewhere (another tab or device): show what is stored, and say so.
          replacedElsewhere(entry.itemId, saved.choiceId ?? null);
        } else if (saved.applied) {
          tabs.post({attemptId, itemId: entry.itemId, choiceId: saved.choiceId ?? null, seq: saved.seq});
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
          const lost = state.queue.size;
          lastErrors = [];
          state.queue.clear();
          await attemptClosed();
          if (lost) {
            showWarning(`The attempt had already closed: ${lost} answer${lost === 1 ? ' was' : 's were'} given too late and ` +
              `${lost === 1 ? 'is' : 'are'} not counted.`);
          }
          break;
        }
        if (e.type === 'seq-ahead' && !renumbered) {
          // numbered by a clock ahead of the server's (an old page, a device clock changed): number it again, once
          renumbered = true;
          queue.restartSeq();
          queue.put(entry.itemId, entry.choiceId);
          continue;
        }
        if (e.type === 'answer-locked') {
          state.queue.drop(entry.itemId);
          await reloadResponses();
          continue;
        }
        // Any other refusal cannot succeed by retrying: say so and go on with the rest.
        state.queue.drop(entry.itemId);
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
  if (!state.queue || state.view === 'results') {
    if (state.view === 'results') {
      saveState.textContent = '';
      delete saveState.dataset.state;
    }
    return;
  }
  const {text, kind} = describeSaving(connection, state.queue.size, flushing, lastErrors);
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
  if (state.queue && state.queue.size) {
    connection = 'offline';
    showSaveState();
  }
});

// ---------- two tabs on one attempt (issue 13, see take-tabs.js) ----------

const tabs = watchOtherTabs(() => state, replacedElsewhere);

function replacedElsewhere(itemId, choiceId) {
  state.answers.set(itemId, choiceId);
  rerenderItem(itemId);
  showWarning(`Your answer to question ${numberOf(itemId)} was replaced by a newer one saved in another tab or window. ` +
    'This page now shows the answer that counts.');
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && state.view === 'questions' && state.attempt && !state.closed) {
    reloadResponses(true);
  }
});

// ---------- time ----------

async function timeUp() {
  stopTimer(false);
  if (state.closed) {
    return;
  }
  await reloadResponses(); // the server's end may have moved (an extension given since): it carries the endsAt
  if (state.endsAt > serverNow() + 1000) {
    setEndsAt(new Date(state.endsAt).toISOString());
    return;
  }
  showWarning('Time is up. Your attempt was submitted with the answers saved by then.');
  // Answers refused as busy or lost at the deadline are retried within the server's grace period (10 s).
  for (let waited = 0; waited < 8000 && state.queue.size && !state.closed; waited += 1000) {
    await flush();
    await new Promise(resolve => setTimeout(resolve, state.queue.size ? 1000 : 0));
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
  stopTimer(true);
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
  renderOverview(main, o, {quizId, start, showResults});
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
  if (attempt.preview) {
    previewBanner();
  }
  state.attempt = attempt;
  state.items = attempt.items || [];
  state.closed = attempt.state === 'closed';
  if (state.closed) {
    return showResults(attempt.attemptId);
  }
  state.queue = new SaveQueue(attempt.attemptId);
  mergeResponses(attempt.responses || []);
  if (state.perPage === 0) {
    state.perPage = state.items.length <= 5 ? state.items.length : 5;
  }
  if (state.locked.size) {
    await loadImmediateFeedback();
  }
  state.marks = new AttemptMarks(attempt.attemptId);
  reopenPage();
  setEndsAt(attempt.endsAt);
  renderQuestions(false);
  showSaveState();
  flush();
}

/** What the server has, merged with what this device still has to send: the newer sequence number wins. */
function mergeResponses(responses) {
  const server = new Map(responses.map(r => [r.itemId, r]));
  for (const r of responses) {
    state.queue.seen(r.seq);
    state.answers.set(r.itemId, r.choiceId ?? null);
    if (r.locked) {
      state.locked.add(r.itemId);
    }
  }
  for (const [id, entry] of Object.entries(state.queue.entries)) {
    const itemId = Number(id);
    const stored = server.get(itemId);
    if (!state.items.some(i => i.itemId === itemId) || (stored && (stored.seq >= entry.seq || stored.locked))) {
      state.queue.drop(itemId);
    } else {
      state.answers.set(itemId, entry.choiceId);
    }
  }
}

async function reloadResponses(tell = false) {
  try {
    const attempt = await api('GET', `attempts/${state.attempt.attemptId}`);
    const before = new Map(state.answers);
    mergeResponses(attempt.responses || []);
    if (attempt.endsAt) {
      setEndsAt(attempt.endsAt);
    }
    const changed = state.items.find(i => (before.get(i.itemId) ?? null) !== (state.answers.get(i.itemId) ?? null));
    if (tell && changed) {
      replacedElsewhere(changed.itemId, state.answers.get(changed.itemId) ?? null);
    }
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

// ---------- finishing ----------

async function submit() {
  const button = document.getElementById('submit');
  const problem = document.getElementById('submit-problem');
  button.disabled = true;
  problem.hidden = true;
  await flush();
  if (state.closed) {
    return;
  }
  if (state.queue.size) {
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
  stopTimer(true);
  saveState.textContent = '';
  delete saveState.dataset.state;
  history.replaceState(null, '', `take.html?quiz=${quizId}&attempt=${attemptId}`);
  await renderResults(main, attemptId, {title: state.title, onQuiz: id => { quizId = id; }, onBack: backToOverview,
    showing: () => state.view === 'results'});
}

function backToOverview() {
  history.replaceState(null, '', `take.html?quiz=${quizId}`);
  Object.assign(state, {attempt: null, items: [], answers: new Map(), locked: new Set(), feedback: new Map(), page: 0, closed: false});
  state.queue = null;
  resetWarnings();
  warning.hidden = true;
  overview().then(() => focusHeading(document.getElementById('overview-heading') || main.querySelector('h1')));
}

// ---------- go ----------

/**
 * Issue 13: an instructor taking the quiz (the Preview button) is told, all the way through, that this is a preview:
 * never graded in the course and never in the results.
 */
function previewBanner() {
  const banner = document.getElementById('preview-banner');
  fill(banner, h('strong', null, 'Preview. '), 'You are taking this quiz as a student would; your attempts are never sent ' +
    'to the gradebook and never listed in the results. ', quizId ? h('a', {href: 'quiz.html?quiz=' + quizId}, 'Back to the review') : null);
  banner.hidden = false;
}

connectQuestions({choose, submit});
connectTimer({timeUp});

const s = session();
if (!s) {
  noSession(main);
} else {
  quizId = quizId ?? s.quiz;
  if (s.role === 'instructor') {
    previewBanner();
  }
  const reviewAttempt = numberParam('attempt');
  if (reviewAttempt) {
    showResults(reviewAttempt);
  } else if (!quizId) {
    fill(main, h('h1', null, 'Quiz'), h('p', {class: 'notice', role: 'alert'}, 'No quiz was named in the link.'));
  } else {
    overview();
  }
}

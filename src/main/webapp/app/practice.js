// The practice page of a practice quiz: one question at a time, feedback after every answer, and the questions a
// student misses come back later until they are learned. Nothing is graded.
//
// The server keeps the queue (org.articlequiz.practice.PracticeDeck), so a reload or another device goes on where the
// student left off. Each answer names the turn its question was shown at: a retry after a dropped connection is
// counted once, and an answer from a stale tab counts nothing (the page then loads the question due now).
import {api, ApiError, NetworkError, session, noSession, h, fill, focusHeading, describeError, numberParam,
  reviewedItem, showLoadProblem} from './common.js';

const main = document.getElementById('main');
const progress = document.getElementById('progress');
const announcer = document.getElementById('announce');
let quizId = numberParam('quiz');
/** The state last shown, and the question on screen (the feedback view needs its stem and options). */
let state = null;
let shown = null;

function announce(text) {
  announcer.textContent = text;
}

async function load(moveFocus) {
  try {
    show(await api('GET', `quizzes/${quizId}/practice`), moveFocus);
  } catch (e) {
    showProblem(e, () => load(moveFocus));
  }
}

function show(s, moveFocus) {
  state = s;
  document.title = `Practice: ${s.title} – Article Quiz`;
  progress.textContent = `${s.learned} of ${s.total} learned`;
  if (s.answered && shown) {
    showFeedback(s);
  } else if (s.current) {
    showQuestion(s, moveFocus);
  } else {
    showDone(s, moveFocus);
  }
}

function heading(s) {
  return h('h1', {id: 'practice-heading'}, 'Practice: ', s.title);
}

function showQuestion(s, moveFocus) {
  const item = s.current;
  shown = item;
  fill(main,
    heading(s),
    h('form', {id: 'practice-form', class: 'question', 'aria-labelledby': 'question-heading', novalidate: true,
      onsubmit: e => {
        e.preventDefault();
        check(item);
      }},
    h('h2', {id: 'question-heading'}, `Question ${item.number}`, h('span', {class: 'of'}, ` of ${s.total}`)),
    h('fieldset', null,
      h('legend', {class: 'stem'}, item.stem),
      item.choices.map(choice => h('div', {class: 'choice'},
        h('input', {type: 'radio', id: 'c-' + choice.choiceId, name: 'choice', value: String(choice.choiceId)}),
        h('label', {for: 'c-' + choice.choiceId}, choice.text)))),
    h('p', {id: 'answer-problem', class: 'notice', role: 'alert', hidden: true}),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'check'}, 'Check my answer'))),
    backLink());
  if (moveFocus) {
    focusHeading(document.getElementById('question-heading'));
  }
}

async function check(item) {
  const chosen = main.querySelector('input[name="choice"]:checked');
  const problem = document.getElementById('answer-problem');
  if (!chosen) {
    problem.textContent = 'Choose an answer first.';
    problem.hidden = false;
    main.querySelector('input[name="choice"]').focus();
    return;
  }
  const button = document.getElementById('check');
  button.disabled = true;
  progress.textContent = 'Checking…';
  try {
    const next = await api('POST', `quizzes/${quizId}/practice/answers`,
      {itemId: item.itemId, choiceId: chosen.value, turn: state.turn});
    show(next);
    focusHeading(document.getElementById('feedback-heading'));
  } catch (e) {
    button.disabled = false;
    progress.textContent = `${state.learned} of ${state.total} learned`;
    if (e instanceof ApiError && (e.type === 'practice-stale' || e.type === 'practice-not-current')) {
      // Another tab moved on: show the question due now rather than count this answer.
      announce('This question was already answered elsewhere. Here is the question due now.');
      return load(true);
    }
    problem.textContent = e instanceof NetworkError
      ? 'You are offline. Your choice is kept on this page and checked as soon as the connection returns.'
      : describeError(e);
    problem.hidden = false;
    if (e instanceof NetworkError) {
      window.addEventListener('online', () => check(item), {once: true});
    }
  }
}

function showFeedback(s) {
  const f = s.answered.feedback;
  const item = shown;
  const lastOne = s.total - s.learned === 1 ? ' It is the last one left, so it comes next.' : '';
  const later = s.answered.learned ? 'Learned: this question leaves the queue.'
    : f.correct ? 'Right once more to learn it: this question comes back later.' + lastOne
    : `This question comes back later: answer it right ${s.answered.rightsNeeded} times in a row to learn it.` + lastOne;
  shown = null;
  fill(main,
    heading(s),
    reviewedItem('section', item, f, 'feedback-heading', h('p', {class: 'lead', id: 'comes-back'}, later)),
    h('div', {class: 'actions'}, s.current
      ? h('button', {type: 'button', class: 'primary', id: 'next', onclick: () => show({...state, answered: null}, true)}, 'Next question')
      : h('button', {type: 'button', class: 'primary', id: 'next', onclick: () => showDone(state, true)}, 'Finish')),
    backLink());
  announce(`${f.correct ? 'Correct' : 'Incorrect'}. ${later}`);
}

function showDone(s, moveFocus) {
  fill(main,
    heading(s),
    h('h2', {id: 'done-heading'}, 'All learned'),
    h('p', {class: 'lead'}, `You have answered all ${s.total} question${s.total === 1 ? '' : 's'} right, ` +
      'the missed ones twice in a row. Practise again whenever you like.'),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'primary', id: 'restart', onclick: restart}, 'Start over')),
    backLink());
  if (moveFocus) {
    focusHeading(document.getElementById('done-heading'));
  }
}

async function restart() {
  try {
    show(await api('POST', `quizzes/${quizId}/practice/restart`), true);
  } catch (e) {
    showProblem(e, restart);
  }
}

function backLink() {
  return h('p', null, h('a', {href: `take.html?quiz=${quizId}`}, 'Back to the quiz'));
}

function showProblem(e, retryWith) {
  showLoadProblem(main, 'Practice', e, retryWith, quizId ? backLink() : null);
}

const s = session();
if (!s) {
  noSession(main);
} else {
  quizId = quizId ?? s.quiz;
  if (!quizId) {
    fill(main, h('h1', null, 'Practice'), h('p', {class: 'notice', role: 'alert'}, 'No quiz was named in the link.'));
  } else {
    load(false);
  }
}

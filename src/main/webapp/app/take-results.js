// The student's result of an attempt (see take.js): score, review as the quiz's feedback timing allows, and whether
// the course gradebook has the grade.
import {api, ApiError, NetworkError, h, fill, focusHeading, describeError, formatDateTime, reviewedItem} from './common.js';

/**
 * Shows attempt attemptId's result in main. context: title (the quiz's), onQuiz(quizId) (the attempt's quiz, once
 * read), onBack() ("Back to the quiz"), showing() (whether the result is still on screen, for the gradebook line).
 */
export async function renderResults(main, attemptId, context) {
  fill(main, h('h1', null, 'Your result'), h('p', {role: 'status'}, 'Loading your result…'));
  let attempt;
  let review = null;
  let reviewProblem = null;
  try {
    attempt = await api('GET', `attempts/${attemptId}`);
    context.onQuiz(attempt.quizId);
  } catch (e) {
    const retry = () => renderResults(main, attemptId, context);
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
    h('p', {class: 'lead'}, context.title !== 'Quiz' ? context.title + ' · ' : '', `Attempt ${attempt.number}. ${closedBy}`),
    score ? h('p', {class: 'score', id: 'score'},
      `Score: ${formatPoints(score.points)} of ${formatPoints(score.maxPoints)} (${Math.round(score.fraction * 100)}%)`) : null,
    reviewProblem ? h('p', {class: 'notice'}, reviewProblem instanceof ApiError && reviewProblem.type === 'review-not-available'
      ? reviewProblem.message + ' Your answers are recorded.' : describeError(reviewProblem)) : null,
    h('p', {id: 'gradebook', role: 'status', hidden: true}),
    feedback.size ? h('ol', {class: 'review'}, (attempt.items || []).map(item => reviewItem(item, feedback.get(item.itemId)))) : null,
    h('div', {class: 'actions'},
      h('button', {type: 'button', id: 'back', onclick: context.onBack}, 'Back to the quiz')));
  focusHeading(document.getElementById('result-heading'));
  gradebookLine(attemptId, context.showing);
}

/** Whether the course's gradebook has the grade (LTI grade passback); nothing when no gradebook takes it. */
async function gradebookLine(attemptId, showing, tries = 0) {
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
    SUPERSEDED: 'A newer grade of yours went to the course gradebook in place of this one.',
  }[delivery.state] || 'Sending your grade to the course gradebook…';
  if (delivery.state === 'PENDING' && tries < 20 && showing()) {
    setTimeout(() => gradebookLine(attemptId, showing, tries + 1), 3000);
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

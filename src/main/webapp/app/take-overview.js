// The student's start page of a quiz (see take.js): its rules with the student's accommodations, past attempts, and
// Start (or why not, its dates in the reader's own format).
import {h, fill, formatDateTime, localizeDates} from './common.js';

/** Fills main with overview o (GET /api/quizzes/{id}/overview). actions: quizId, start(), showResults(attemptId). */
export function renderOverview(main, o, {quizId, start, showResults}) {
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
      : h('p', {class: 'notice', id: 'why-not'}, localizeDates(o.whyNot)));
}

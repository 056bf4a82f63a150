// The instructor's start page: the quizzes of this course, and creating a quiz from an article (pasted, uploaded
// or already stored). Article text is untrusted and is only ever shown as text.
import {api, session, noSession, h, fill, describeError, settingsSummary} from './common.js';
import {createForm} from './create-quiz.js';

const main = document.getElementById('main');

async function load() {
  let quizzes;
  let articles;
  try {
    [quizzes, articles] = await Promise.all([api('GET', 'quizzes'), api('GET', 'articles')]);
  } catch (e) {
    fill(main, h('h1', null, 'Your quizzes'), h('p', {class: 'error', role: 'alert'}, describeError(e)));
    return;
  }
  fill(main,
    h('h1', {id: 'page-heading'}, 'Your quizzes'),
    h('div', {id: 'quiz-list'}, quizList(quizzes)),
    createForm(articles, (job, title, progressBox) => {
      refreshQuizList();
      const next = h('a', {class: 'button primary', href: 'quiz.html?quiz=' + job.quizId, id: 'go-review'}, 'Review the items');
      progressBox.append(next);
      next.focus();
    }));
}

function quizList(quizzes) {
  if (!quizzes.length) {
    return h('p', null, 'No quizzes yet. Create the first one below.');
  }
  return h('table', null,
    h('caption', {class: 'visually-hidden'}, 'Quizzes of this course'),
    h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Quiz'), h('th', {scope: 'col'}, 'Settings'),
      h('th', {scope: 'col'}, 'Actions'))),
    h('tbody', null, quizzes.map(q => h('tr', null,
      h('th', {scope: 'row'}, h('a', {href: 'quiz.html?quiz=' + q.id}, q.title)),
      h('td', null, settingsSummary(q.settings)),
      h('td', null, h('a', {href: 'quiz.html?quiz=' + q.id}, 'Review items', h('span', {class: 'visually-hidden'}, ' of ' + q.title)),
        ' · ', h('a', {href: 'settings.html?quiz=' + q.id}, 'Settings', h('span', {class: 'visually-hidden'}, ' of ' + q.title)),
        ' · ', h('a', {href: 'results.html?quiz=' + q.id}, 'Results', h('span', {class: 'visually-hidden'}, ' of ' + q.title)))))));
}

/** The list above the form shows the quiz just written (issue 13: it kept showing the list from before). */
async function refreshQuizList() {
  try {
    const quizzes = await api('GET', 'quizzes');
    fill(document.getElementById('quiz-list'), quizList(quizzes));
  } catch (e) {
    // the list stays as it was; the link to the new quiz is right below
  }
}

if (!session()) {
  noSession(main);
} else {
  load();
}

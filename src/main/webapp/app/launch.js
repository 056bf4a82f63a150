// The launch hand-off. After a valid LTI launch the tool redirects here with
//   launch.html#session=<token>&quiz=<quizId>&role=<learner|instructor>
// The token travels in the fragment so it never reaches a server log or a Referer header. It is kept in this
// tab's sessionStorage (not a cookie: third-party cookies are blocked in many platforms' iframes), the fragment is
// wiped from the address and history, and the browser goes on to the page for the role.
//
// A link from elsewhere (an e-mail, another site) must not silently swap this tab's session for someone else's
// (login CSRF, issue 11): when the tab already has another session and the page is not inside a frame, the person
// chooses. Inside a frame a new session is taken at once: only the registered platforms may frame these pages
// (Content-Security-Policy frame-ancestors), so a framed launch comes from the course itself.
import {storeSession, session, noSession, h, fill} from './common.js';

const fragment = new URLSearchParams(location.hash.substring(1));
const token = fragment.get('session');
const quiz = fragment.get('quiz');
const role = fragment.get('role') === 'instructor' ? 'instructor' : 'learner';
const main = document.getElementById('main');

function go() {
  const s = session();
  if (!s) {
    noSession(main);
  } else if (s.role === 'instructor') {
    location.replace(s.quiz ? 'quiz.html?quiz=' + s.quiz : 'instructor.html');
  } else if (s.quiz) {
    location.replace('take.html?quiz=' + s.quiz);
  } else {
    fill(main, h('h1', null, 'Article Quiz'),
      h('p', {class: 'notice', role: 'alert'}, 'This link does not point to a quiz. Ask your instructor for the quiz link.'));
  }
}

const offered = token ? {token, quiz: quiz && /^\d+$/.test(quiz) ? Number(quiz) : null, role} : null;
if (offered) {
  history.replaceState(null, '', location.pathname);
}
const current = session();
if (offered && current && current.token !== offered.token && window.top === window) {
  fill(main, h('h1', null, 'Article Quiz'),
    h('p', {class: 'notice', role: 'alert', id: 'other-session'},
      'This link opens another session than the one this tab is using. Use it only if you have just opened '
      + 'Article Quiz from your course yourself; a link someone sent you could sign you in as them.'),
    h('p', null,
      h('button', {id: 'keep-session', type: 'button', onclick: go}, 'Keep my session'), ' ',
      h('button', {id: 'use-new-session', type: 'button', onclick: () => { storeSession(offered); go(); }},
        'Use the new session')));
} else {
  if (offered) {
    storeSession(offered);
  }
  go();
}

// The launch hand-off. After a valid LTI launch the tool redirects here with
//   launch.html#session=<token>&quiz=<quizId>&role=<learner|instructor>
// The token travels in the fragment so it never reaches a server log or a Referer header. It is kept in this
// tab's sessionStorage (not a cookie: third-party cookies are blocked in many platforms' iframes), the fragment is
// wiped from the address and history, and the browser goes on to the page for the role.
import {storeSession, session, noSession, h, fill} from './common.js';

const fragment = new URLSearchParams(location.hash.substring(1));
const token = fragment.get('session');
const quiz = fragment.get('quiz');
const role = fragment.get('role') === 'instructor' ? 'instructor' : 'learner';
const main = document.getElementById('main');

if (token) {
  storeSession({token, quiz: quiz && /^\d+$/.test(quiz) ? Number(quiz) : null, role});
  history.replaceState(null, '', location.pathname);
}

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

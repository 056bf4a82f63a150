// Quiz settings (as in Moodle and Canvas) and per-student accommodations.
import {api, session, noSession, h, fill, describeError, numberParam, say, crumbs} from './common.js';

const main = document.getElementById('main');
const quizId = numberParam('quiz') ?? (session() && session().quiz);

const GRADING = [['HIGHEST', 'Highest attempt'], ['LAST', 'Last attempt'], ['FIRST', 'First attempt'], ['AVERAGE', 'Average of attempts']];
const FEEDBACK = [['AFTER_SUBMISSION', 'After the attempt is submitted'], ['IMMEDIATE', 'Immediately, per question (the answer is then locked)'],
  ['AFTER_CLOSE', 'Only after the quiz closes']];

/** An instant as the value of a datetime-local input, in the browser's time zone. */
function toLocalInput(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().substring(0, 16);
}

function fromLocalInput(value) {
  return value ? new Date(value).toISOString() : null;
}

function field(id, label, input, hint) {
  return h('div', {class: 'field'},
    h('label', {for: id}, label),
    hint ? h('p', {class: 'hint', id: id + '-hint'}, hint) : null,
    input);
}

function select(id, options, value) {
  return h('select', {id}, options.map(([v, label]) => h('option', {value: v, selected: v === value}, label)));
}

async function load() {
  let quiz;
  try {
    quiz = await api('GET', 'quizzes/' + quizId);
  } catch (e) {
    fill(main, h('h1', null, 'Quiz settings'), h('p', {class: 'error', role: 'alert'}, describeError(e)));
    return;
  }
  const s = quiz.settings;
  const problem = h('p', {class: 'error', role: 'alert', hidden: true});
  const form = h('form', {id: 'settings', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    problem.hidden = true;
    const attempts = document.getElementById('attempts').value.trim();
    const minutes = document.getElementById('time-limit').value.trim();
    const body = {
      attemptsAllowed: attempts ? Number(attempts) : null,
      gradingMethod: document.getElementById('grading').value,
      timeLimitSeconds: minutes ? Math.round(Number(minutes) * 60) : null,
      opensAt: fromLocalInput(document.getElementById('opens').value),
      closesAt: fromLocalInput(document.getElementById('closes').value),
      shuffleChoices: document.getElementById('shuffle').checked,
      shuffleQuestions: document.getElementById('shuffle-questions').checked,
      feedbackTiming: document.getElementById('feedback').value,
      practice: document.getElementById('practice').checked,
      showKeysWhileAttemptsRemain: document.getElementById('keys-early').checked,
    };
    try {
      await api('PUT', `quizzes/${quiz.id}/settings`, body);
      say('Settings saved.');
    } catch (err) {
      problem.hidden = false;
      problem.textContent = 'The settings were not saved: ' + describeError(err);
    }
  }},
    field('attempts', 'Attempts allowed',
      h('input', {type: 'number', id: 'attempts', min: '1', max: '1000', inputmode: 'numeric', value: s.attemptsAllowed ? String(s.attemptsAllowed) : '',
        'aria-describedby': 'attempts-hint'}), 'Leave empty for unlimited attempts.'),
    field('grading', 'Grade sent to the course', select('grading', GRADING, s.gradingMethod)),
    field('time-limit', 'Time limit in minutes',
      h('input', {type: 'number', id: 'time-limit', min: '1', step: '1', inputmode: 'numeric',
        value: s.timeLimitSeconds ? String(Math.round(s.timeLimitSeconds / 60)) : '', 'aria-describedby': 'time-limit-hint'}),
      'Leave empty for no time limit. The server keeps the time; an unfinished attempt is submitted when it runs out.'),
    field('opens', 'Opens', h('input', {type: 'datetime-local', id: 'opens', value: toLocalInput(s.opensAt), 'aria-describedby': 'opens-hint'}),
      'Leave empty to open now. Times are in your time zone.'),
    field('closes', 'Closes', h('input', {type: 'datetime-local', id: 'closes', value: toLocalInput(s.closesAt), 'aria-describedby': 'closes-hint'}),
      'Leave empty to never close.'),
    field('feedback', 'Students see right and wrong, the key and explanations', select('feedback', FEEDBACK, s.feedbackTiming)),
    h('div', {class: 'field inline'},
      h('input', {type: 'checkbox', id: 'keys-early', checked: s.showKeysWhileAttemptsRemain}),
      h('label', {for: 'keys-early'}, 'Show the correct answers in a review even while the student may make another attempt')),
    h('div', {class: 'field inline'},
      h('input', {type: 'checkbox', id: 'shuffle', checked: s.shuffleChoices}),
      h('label', {for: 'shuffle'}, 'Shuffle the options of each question (the order stays the same within an attempt)')),
    h('div', {class: 'field inline'},
      h('input', {type: 'checkbox', id: 'shuffle-questions', checked: s.shuffleQuestions}),
      h('label', {for: 'shuffle-questions'}, 'Shuffle the order of the questions (each attempt gets an order of its own)')),
    h('div', {class: 'field inline'},
      h('input', {type: 'checkbox', id: 'practice', checked: s.practice, 'aria-describedby': 'practice-hint'}),
      h('label', {for: 'practice'}, 'Practice quiz: not graded')),
    h('p', {class: 'hint block', id: 'practice-hint'}, 'Students practise instead of taking attempts: feedback after every ' +
        'answer, and missed questions come back until they are answered right. Nothing goes to the gradebook; add the ' +
        'quiz to the course again after changing this so the course shows no grade column.'),
    problem,
    h('button', {type: 'submit', class: 'primary'}, 'Save the settings'));

  const [roster, given] = await Promise.all([
    api('GET', 'lti/roster').catch(() => null), // no roster service (a course without NRPS): the user number instead
    api('GET', `quizzes/${quiz.id}/accommodations`).catch(() => []),
  ]);
  const accommodation = accommodationForm(quiz, roster);
  const list = h('div', {id: 'accommodations'}, accommodationList(given));
  fill(main,
    crumbs([['Your quizzes', 'instructor.html'], [quiz.title, 'quiz.html?quiz=' + quiz.id], ['Settings']]),
    h('h1', {id: 'page-heading'}, 'Settings: ', quiz.title),
    h('section', {'aria-labelledby': 'settings-heading'}, h('h2', {id: 'settings-heading'}, 'How the quiz is taken'), form),
    h('section', {'aria-labelledby': 'acc-heading'}, h('h2', {id: 'acc-heading'}, 'Accommodations for one student'),
      h('p', null, 'Extra time and extra attempts for a student who needs them; they add to the quiz’s settings, ' +
        'also to an attempt already running.'),
      list, accommodation));
}

/** Who has an accommodation (issue 13), by name. */
function accommodationList(given) {
  if (!given.length) {
    return h('p', null, 'No student has an accommodation yet.');
  }
  return h('table', null, h('caption', null, 'Students with an accommodation'),
    h('thead', null, h('tr', null, ['Student', 'Extra time', 'Extra attempts'].map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', null, given.map(a => h('tr', null,
      h('th', {scope: 'row'}, a.name || `User ${a.userId}`),
      h('td', null, `${Math.round(a.extraTimeSeconds / 60)} min`),
      h('td', null, String(a.extraAttempts))))));
}

async function refreshList(quiz) {
  try {
    fill(document.getElementById('accommodations'), accommodationList(await api('GET', `quizzes/${quiz.id}/accommodations`)));
  } catch (e) {
    // the saved message said it; the list shows it on the next visit
  }
}

/**
 * One student's accommodation: picked by name from the course roster (issue 13: also a student who has not opened
 * the quiz yet), or, where the course offers no roster, by the user number the results page shows.
 */
function accommodationForm(quiz, roster) {
  const students = (roster || []).filter(m => (m.roles || []).some(r => /Learner/.test(r)));
  const accProblem = h('p', {class: 'error', role: 'alert', hidden: true});
  const picker = roster
    ? field('acc-member', 'Student', select('acc-member', [['', 'Choose a student…'],
      ...students.map(m => [m.subject, m.name || m.email || m.subject])], ''))
    : field('acc-user', 'Student (user number)', h('input', {type: 'text', id: 'acc-user', inputmode: 'numeric', autocomplete: 'off',
      'aria-describedby': 'acc-user-hint'}), 'This course offers no roster: use the number shown on the results page.');
  return h('form', {id: 'accommodation', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    accProblem.hidden = true;
    const minutes = Number(document.getElementById('acc-minutes').value || 0);
    const extra = Number(document.getElementById('acc-attempts').value || 0);
    const member = roster ? document.getElementById('acc-member').value : null;
    const user = roster ? null : document.getElementById('acc-user').value.trim();
    if (roster ? !member : !/^\d+$/.test(user)) {
      accProblem.hidden = false;
      accProblem.textContent = roster ? 'Choose a student.' : 'Give the student’s user number.';
      return;
    }
    const who = roster ? document.getElementById('acc-member').selectedOptions[0].textContent : `student ${user}`;
    try {
      await api('PUT', roster ? `quizzes/${quiz.id}/accommodations/members/${encodeURIComponent(member)}`
        : `quizzes/${quiz.id}/accommodations/${user}`, {extraTimeSeconds: Math.round(minutes * 60), extraAttempts: extra});
      say(`Accommodation saved for ${who}: ${minutes} extra minutes, ${extra} extra attempts.`);
      refreshList(quiz);
    } catch (err) {
      accProblem.hidden = false;
      accProblem.textContent = 'The accommodation was not saved: ' + describeError(err);
    }
  }},
    picker,
    field('acc-minutes', 'Extra time in minutes', h('input', {type: 'number', id: 'acc-minutes', min: '0', value: '0'})),
    field('acc-attempts', 'Extra attempts', h('input', {type: 'number', id: 'acc-attempts', min: '0', value: '0'})),
    accProblem,
    h('button', {type: 'submit', class: 'primary'}, 'Save the accommodation'));
}

if (!session()) {
  noSession(main);
} else if (!quizId) {
  fill(main, h('h1', null, 'Quiz settings'), h('p', {class: 'error', role: 'alert'}, 'No quiz was named in the link.'));
} else {
  load();
}

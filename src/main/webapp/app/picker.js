// The deep linking picker in one trip (issue 13). The server renders the picker (POST …/lti/deep-linking/{request}/
// picker) with the launch session in its forms; this module takes the session for the API and turns the "new quiz"
// section into the whole way: an article pasted, uploaded or picked from the stored ones, the generator's progress,
// the items to review and approve, then "Add to the course", which posts the same form as the existing quizzes'
// buttons. The server asks first before it places a quiz with no approved item.
import {api, storeSession, h, fill, describeError, say, focusHeading} from './common.js';
import {createForm} from './create-quiz.js';
import {itemNumbers, reviewEach} from './item-numbers.js';

const main = document.getElementById('main');
const action = main.dataset.action;
const token = document.querySelector('input[name="session"]').value;
let section = document.getElementById('new-quiz');

/** Posts the picker's own form for the quiz: the platform gets its link, or the server asks first. */
function place(quizId) {
  const form = h('form', {method: 'post', action, hidden: true},
    h('input', {type: 'hidden', name: 'session', value: token}),
    h('input', {type: 'hidden', name: 'quizId', value: String(quizId)}));
  document.body.append(form);
  form.submit();
}

function hidden(text) {
  return h('span', {class: 'visually-hidden'}, text);
}

const STATE_LABEL = {DRAFT: 'Draft', APPROVED: 'Approved', RETIRED: 'Rejected'};

async function showReview(quizId, focus) {
  let quiz;
  try {
    quiz = await api('GET', 'quizzes/' + quizId);
  } catch (e) {
    say(describeError(e), 'bad');
    return;
  }
  const numbers = itemNumbers(quiz.items);
  const count = state => quiz.items.filter(i => i.state === state).length;
  const approved = count('APPROVED');
  const drafts = count('DRAFT');
  const label = (item, index) => numbers.get(item.id) ? `item ${numbers.get(item.id)}` : `draft ${index + 1}`;
  const review = async (items, state) => {
    await reviewEach(quiz.id, items, state);
    await showReview(quiz.id, true);
  };
  const box = document.getElementById('picker-review') || h('section', {id: 'picker-review', 'aria-labelledby': 'review-heading'});
  fill(box,
    h('h2', {id: 'review-heading'}, `Review “${quiz.title}”`),
    h('p', {id: 'review-counts'}, `${quiz.items.length} items: ${approved} approved, ${drafts} draft, ${count('RETIRED')} rejected. `,
      'Only approved items reach students.'),
    h('p', {class: 'actions'},
      drafts ? h('button', {type: 'button', id: 'approve-all', onclick: () => review(quiz.items.filter(i => i.state === 'DRAFT'), 'APPROVED')},
        `Approve all ${drafts} drafts`) : null, ' ',
      h('button', {type: 'button', class: 'primary', id: 'place-new', onclick: () => place(quiz.id)},
        `Add “${quiz.title}” to the course`, ` (${approved} approved item${approved === 1 ? '' : 's'})`)),
    h('ol', {class: 'review plain', id: 'picker-items'}, quiz.items.map((item, index) => h('li', {class: 'question item-card', id: 'pick-' + item.id},
      h('h3', null, numbers.get(item.id) ? `Item ${numbers.get(item.id)} ` : '', h('span', {class: 'badge ' + item.state}, STATE_LABEL[item.state])),
      h('p', {class: 'stem'}, item.stem),
      h('ul', {class: 'choices'}, item.choices.map(c => h('li', {class: c.correct ? 'key' : ''}, c.text,
        c.correct ? h('span', {class: 'tag key'}, 'Key') : null))),
      item.source && item.source.sentence ? h('figure', {class: 'source'}, h('blockquote', null, item.source.sentence),
        h('figcaption', null, 'Source sentence')) : null,
      h('div', {class: 'actions'},
        item.state !== 'APPROVED' ? h('button', {type: 'button', class: 'primary', onclick: () => review([item], 'APPROVED')},
          'Approve', hidden(` ${label(item, index)}: ${item.stem}`)) : null, ' ',
        item.state !== 'RETIRED' ? h('button', {type: 'button', class: 'danger', onclick: () => review([item], 'RETIRED')},
          'Reject', hidden(` ${label(item, index)}: ${item.stem}`)) : null)))));
  if (!box.isConnected) {
    section.after(box);
  }
  if (focus) {
    focusHeading(document.getElementById('review-heading'));
  }
}

async function enhance() {
  storeSession({token, quiz: null, role: 'instructor'});
  let articles;
  try {
    articles = await api('GET', 'articles');
  } catch (e) {
    return; // the plain form stays: it works without the API
  }
  const form = createForm(articles, job => showReview(job.quizId, true), {emptyQuiz: false});
  form.id = 'new-quiz';
  section.replaceWith(form);
  section = form;
}

enhance();

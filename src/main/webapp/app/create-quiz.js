// Creating a quiz from an article (pasted, uploaded or already stored), shared by the instructor's start page and the
// deep linking picker. Article text is untrusted and is only ever shown as text.
import {api, h, fill, describeError, say} from './common.js';

const ACCEPTED = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
const MAX_CHARS = 2000000;

/**
 * Writes draft items from the articles as a background job (POST /api/generation-jobs), polling its progress
 * into the bar; resolves with the finished job, whose quizId is the new draft quiz.
 */
async function generate(title, articleIds, progress) {
  let job = await api('POST', 'generation-jobs', {title, articleIds});
  while (job.state === 'QUEUED' || job.state === 'RUNNING') {
    progress(job);
    await new Promise(resolve => setTimeout(resolve, 1000));
    job = await api('GET', 'generation-jobs/' + job.id);
  }
  progress(job);
  return job;
}

/**
 * The form that writes a quiz from an article: a title, and the article pasted, uploaded or picked from the stored
 * ones; the generator runs as a job with a progress bar. onWritten(job, title, progressBox) runs once the draft quiz
 * (job.quizId) is written. emptyQuiz: offer "Create an empty quiz to write yourself" (it leaves for the review page).
 */
export function createForm(articles, onWritten, {emptyQuiz = true} = {}) {
  const preview = h('div', {id: 'article-preview', class: 'article-preview', hidden: true, tabindex: '0',
    role: 'region', 'aria-label': 'Article preview'});
  const problem = h('p', {id: 'create-problem', class: 'error', role: 'alert', hidden: true});
  const progressBox = h('div', {id: 'progress-box', hidden: true},
    h('label', {for: 'progress'}, 'Writing questions'),
    h('progress', {id: 'progress', max: '1'}),
    h('p', {id: 'progress-text', role: 'status'}));

  const source = name => document.querySelector('input[name="source"]:checked').value === name;
  const showPart = () => {
    for (const part of ['paste', 'upload', 'stored']) {
      document.getElementById('part-' + part).hidden = !source(part);
    }
  };

  const form = h('form', {id: 'create', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    problem.hidden = true;
    const button = document.getElementById('create-button');
    button.disabled = true;
    try {
      await create(articles, problem, progressBox, onWritten);
    } finally {
      button.disabled = false;
    }
  }},
    h('div', {class: 'field'},
      h('label', {for: 'quiz-title'}, 'Title of the quiz'),
      h('input', {type: 'text', id: 'quiz-title', name: 'title', required: true, maxlength: '300', autocomplete: 'off'})),
    h('fieldset', {class: 'group'},
      h('legend', null, 'Article'),
      [['paste', 'Paste the text'], ['upload', 'Upload a file (.txt, .md, .html)'], ['stored', 'Pick stored articles']]
        .map(([value, label], i) => h('div', {class: 'field inline'},
          h('input', {type: 'radio', name: 'source', id: 'source-' + value, value, checked: i === 0, onchange: showPart}),
          h('label', {for: 'source-' + value}, label))),
      h('div', {id: 'part-paste', class: 'field'},
        h('label', {for: 'article-text'}, 'Article text'),
        h('textarea', {id: 'article-text', rows: '10', maxlength: String(MAX_CHARS)})),
      h('div', {id: 'part-upload', class: 'field', hidden: true},
        h('label', {for: 'article-file'}, 'Article file'),
        h('p', {class: 'hint', id: 'article-file-hint'}, 'Plain text, Markdown or an HTML page, up to 2 MB of text.'),
        h('input', {type: 'file', id: 'article-file', accept: ACCEPTED, 'aria-describedby': 'article-file-hint',
          onchange: async e => {
            const file = e.target.files[0];
            if (!file) {
              preview.hidden = true;
              return;
            }
            const text = await file.text();
            fill(preview, text.length > 5000 ? text.substring(0, 5000) + '…' : text);
            preview.hidden = false;
            if (!document.getElementById('quiz-title').value) {
              document.getElementById('quiz-title').value = file.name.replace(/\.[^.]+$/, '');
            }
          }}),
        preview),
      h('div', {id: 'part-stored', hidden: true},
        articles.length
          ? h('fieldset', {class: 'group'}, h('legend', null, 'Stored articles'),
            articles.map(a => h('div', {class: 'field inline'},
              h('input', {type: 'checkbox', id: 'article-' + a.id, name: 'articles', value: String(a.id)}),
              h('label', {for: 'article-' + a.id}, a.title || a.fileName))))
          : h('p', null, 'No articles are stored yet.'))),
    problem,
    h('div', {class: 'actions'},
      h('button', {type: 'submit', class: 'primary', id: 'create-button'}, 'Write the questions'),
      !emptyQuiz ? null : h('button', {type: 'button', id: 'create-empty', onclick: async () => {
        problem.hidden = true;
        const title = document.getElementById('quiz-title').value.trim();
        if (!title) {
          problem.hidden = false;
          problem.textContent = 'Give the quiz a title.';
          document.getElementById('quiz-title').focus();
          return;
        }
        try {
          const quiz = await api('POST', 'quizzes', {title});
          location.href = 'quiz.html?quiz=' + quiz.id;
        } catch (e) {
          problem.hidden = false;
          problem.textContent = describeError(e);
        }
      }}, 'Create an empty quiz to write yourself')),
    progressBox);

  return h('section', {'aria-labelledby': 'create-heading'},
    h('h2', {id: 'create-heading'}, 'Create a quiz from an article'),
    form);
}

async function create(articles, problem, progressBox, onWritten) {
  const fail = text => {
    problem.hidden = false;
    problem.textContent = text;
  };
  const title = document.getElementById('quiz-title').value.trim();
  if (!title) {
    fail('Give the quiz a title.');
    document.getElementById('quiz-title').focus();
    return;
  }
  const source = document.querySelector('input[name="source"]:checked').value;
  let articleIds = [];
  try {
    if (source === 'paste' || source === 'upload') {
      let text;
      let fileName;
      if (source === 'paste') {
        text = document.getElementById('article-text').value;
        fileName = 'pasted.txt';
      } else {
        const file = document.getElementById('article-file').files[0];
        if (!file) {
          fail('Choose a file to upload.');
          document.getElementById('article-file').focus();
          return;
        }
        text = await file.text();
        fileName = file.name;
      }
      if (!text.trim()) {
        fail('The article is empty.');
        return;
      }
      const stored = await api('POST', 'articles', {fileName, title, text});
      articleIds = [stored.id];
    } else {
      articleIds = [...document.querySelectorAll('input[name="articles"]:checked')].map(c => Number(c.value));
      if (!articleIds.length) {
        fail('Pick at least one stored article.');
        return;
      }
    }
    progressBox.hidden = false;
    const bar = document.getElementById('progress');
    const text = document.getElementById('progress-text');
    let lastStage = '';
    const job = await generate(title, articleIds, j => {
      if (j.total > 0) {
        bar.max = j.total;
        bar.value = j.done;
      } else {
        bar.removeAttribute('value');
      }
      // One announcement per stage, not one per tick: the live region would talk over everything else.
      const stage = j.state === 'QUEUED' ? 'Waiting for the question writer…' : `Writing questions: ${j.stage || 'starting'}…`;
      if (stage !== lastStage) {
        text.textContent = stage;
        lastStage = stage;
      }
    });
    if (job.state !== 'DONE') {
      fail('The questions could not be written: ' + (job.error || 'the job failed') + '.');
      return;
    }
    bar.max = 1;
    bar.value = 1;
    text.textContent = 'Done: the draft quiz is ready for your review.';
    say(`Quiz “${title}” written.`);
    onWritten(job, title, progressBox);
  } catch (e) {
    fail(describeError(e));
  }
}

// Results for instructors: the scores table with per-attempt detail and CSV export, the score distribution, and
// item analysis with Moodle's formulas (facility, standard deviation, discrimination index, discriminative
// efficiency, Cronbach's alpha) and distractor analysis by top and bottom groups, drawn as charts and given as tables.
import {api, session, noSession, h, svg, fill, focusHeading, describeError, numberParam, say, crumbs, formatDateTime,
  download, wide} from './common.js';

const main = document.getElementById('main');
const quizId = numberParam('quiz') ?? (session() && session().quiz);
const base = `quizzes/${quizId}/results`;

const pct = v => v === null || v === undefined ? '—' : `${Math.round(v * 10) / 10}%`;
const frac = v => v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`;
const num = v => v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100);

async function load() {
  let results;
  try {
    results = await api('GET', base);
  } catch (e) {
    fill(main, h('h1', null, 'Results'), h('p', {class: 'error', role: 'alert'}, describeError(e)));
    return;
  }
  document.title = `Results: ${results.title} – Article Quiz`;
  fill(main,
    crumbs([['Your quizzes', 'instructor.html'], [results.title, 'quiz.html?quiz=' + quizId], ['Results']]),
    h('h1', {id: 'page-heading'}, 'Results: ', results.title),
    h('div', {class: 'actions'},
      h('button', {type: 'button', id: 'csv', onclick: async () => {
        try {
          await download(`${base}/csv`, `quiz-${quizId}-results.csv`);
          say('The CSV file was downloaded.');
        } catch (e) {
          say(describeError(e), 'bad');
        }
      }}, 'Download the results (CSV)')),
    scores(results),
    h('section', {id: 'roster', 'aria-labelledby': 'roster-heading', hidden: true}),
    h('section', {id: 'parked', 'aria-labelledby': 'parked-heading', hidden: true}),
    h('section', {id: 'attempt-detail', 'aria-labelledby': 'detail-heading', hidden: true}),
    h('section', {id: 'distribution', 'aria-labelledby': 'distribution-heading'},
      h('h2', {id: 'distribution-heading'}, 'Score distribution'), h('p', null, 'Loading…')),
    h('section', {id: 'analysis', 'aria-labelledby': 'analysis-heading'},
      h('h2', {id: 'analysis-heading'}, 'Item analysis'), h('p', null, 'Loading…')));
  await Promise.all([distribution(), analysis(''), roster(results), parked()]);
}

/** Who in the course has not attempted the quiz (the platform's roster, NRPS); hidden when there is no roster. */
async function roster(results) {
  let members;
  try {
    members = await api('GET', 'lti/roster');
  } catch (e) {
    return; // launched without a course roster (or outside a platform): nothing to compare with
  }
  const started = new Set(results.students.map(s => s.userId));
  const missing = members.filter(m => (m.roles || []).some(r => /learner|student/i.test(r)) && !(m.userId && started.has(m.userId)));
  const box = document.getElementById('roster');
  fill(box,
    h('h2', {id: 'roster-heading'}, 'Not attempted yet'),
    missing.length
      ? h('ul', {id: 'not-attempted'}, missing.map(m => h('li', null, m.name || m.email || m.subject,
        m.status && m.status !== 'Active' ? ` (${m.status.toLowerCase()})` : '')))
      : h('p', null, 'Every student of the course has started the quiz.'));
  box.hidden = false;
}

/** Grades the platform's gradebook refused, with why, and a button to send each again. */
async function parked() {
  let list;
  try {
    list = await api('GET', `lti/gradebook/quizzes/${quizId}/parked`);
  } catch (e) {
    return;
  }
  const box = document.getElementById('parked');
  if (!list.length) {
    box.hidden = true;
    return;
  }
  fill(box,
    h('h2', {id: 'parked-heading'}, 'Grades the course gradebook refused'),
    h('table', null,
      h('thead', null, h('tr', null, ['Student', 'Score', 'Why', 'Action'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', null, list.map(p => h('tr', null,
        h('th', {scope: 'row'}, p.subject),
        h('td', null, `${num(p.scoreGiven)} of ${num(p.scoreMaximum)}`),
        h('td', null, p.reason || ''),
        h('td', null, h('button', {type: 'button', onclick: async () => {
          try {
            await api('POST', `lti/gradebook/scores/${p.id}/retry`);
            say('The grade will be sent again.');
            await parked();
          } catch (e) {
            say(describeError(e), 'bad');
          }
        }}, 'Send again', h('span', {class: 'visually-hidden'}, ` the grade of ${p.subject}`))))))));
  box.hidden = false;
}

// ---------- scores ----------

function scores(results) {
  const students = results.students;
  return h('section', {'aria-labelledby': 'scores-heading'},
    h('h2', {id: 'scores-heading'}, 'Scores'),
    h('p', null, `${students.length} student${students.length === 1 ? '' : 's'} started the quiz. The quiz grade counts the `,
      {HIGHEST: 'highest attempt', LAST: 'last attempt', FIRST: 'first attempt', AVERAGE: 'average of the attempts'}[results.gradingMethod] || 'attempts',
      '.'),
    students.length ? wide('Scores table', h('table', {id: 'scores'},
      h('thead', null, h('tr', null, ['Student', 'User number', 'Quiz grade', 'Best attempt', 'Attempts', 'Last activity']
        .map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', null, students.map(s => h('tr', null,
        h('th', {scope: 'row'}, s.name || `Student ${s.userId}`),
        h('td', null, String(s.userId)),
        h('td', null, frac(s.grade)),
        h('td', null, frac(s.best)),
        h('td', null, h('ul', {class: 'attempt-links'}, s.attempts.map(a => h('li', null,
          h('button', {type: 'button', class: 'link', onclick: () => showAttempt(a.attemptId)},
            `Attempt ${a.number}: `, a.state === 'open' ? 'in progress' : a.state === 'expired' ? 'time ran out' : frac(a.fraction),
            h('span', {class: 'visually-hidden'}, ` by ${s.name || 'student ' + s.userId}`)))))),
        h('td', null, formatDateTime(s.lastActivity)))))))
      : null);
}

async function showAttempt(attemptId) {
  const box = document.getElementById('attempt-detail');
  let d;
  try {
    d = await api('GET', `${base}/attempts/${attemptId}`);
  } catch (e) {
    say(describeError(e), 'bad');
    return;
  }
  const a = d.attempt;
  fill(box,
    h('h2', {id: 'detail-heading'}, `${d.studentName || 'Student ' + d.userId}: attempt ${a.number}`),
    h('p', null, a.state === 'open' ? 'In progress.' : `${num(a.points)} of ${num(a.maxPoints)} points (${frac(a.fraction)}), ` +
      (a.closeReason === 'TIME_EXPIRED' ? 'closed when time ran out' : 'submitted') + ` ${formatDateTime(a.submittedAt)}.`),
    h('ol', {class: 'review'}, d.items.map(item => h('li', {class: 'question reviewed'},
      h('h3', null, `Question ${item.number}: `, !item.answered ? 'not answered' : item.correct ? '✓ right' : '✗ wrong'),
      h('p', {class: 'stem'}, item.stem),
      h('ul', {class: 'choices'}, item.choices.map(c => h('li', {class: c.correct ? 'key' : ''}, c.text,
        c.choiceId === item.chosenChoiceId ? h('span', {class: 'tag'}, 'Chosen') : null,
        c.correct ? h('span', {class: 'tag key'}, 'Key') : null)))))),
    h('button', {type: 'button', onclick: () => {
      box.hidden = true;
      focusHeading(document.getElementById('scores-heading'));
    }}, 'Close the attempt'));
  box.hidden = false;
  focusHeading(document.getElementById('detail-heading'));
}

// ---------- distribution ----------

async function distribution() {
  const box = document.getElementById('distribution');
  let hist;
  try {
    hist = await api('GET', `${base}/histogram?bins=10`);
  } catch (e) {
    fill(box, h('h2', {id: 'distribution-heading'}, 'Score distribution'), h('p', {class: 'error'}, describeError(e)));
    return;
  }
  fill(box,
    h('h2', {id: 'distribution-heading'}, 'Score distribution'),
    h('p', null, `Quiz grades of ${hist.students} student${hist.students === 1 ? '' : 's'}, in bands of ten percent.`),
    barChart({
      id: 'histogram',
      title: 'Number of students per quiz grade band',
      bars: hist.bins.map(b => ({label: b.label, value: b.count})),
      max: Math.max(1, ...hist.bins.map(b => b.count)),
      format: v => String(v),
    }),
    h('details', null, h('summary', null, 'The distribution as a table'),
      h('table', null,
        h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Quiz grade'), h('th', {scope: 'col'}, 'Students'))),
        h('tbody', null, hist.bins.map(b => h('tr', null, h('th', {scope: 'row'}, b.label), h('td', null, String(b.count))))))));
}

/** A vertical bar chart in SVG, labelled for screen readers (role img with a title) and with values on the bars. */
function barChart({id, title, bars, max, format}) {
  const width = 640;
  const height = 240;
  const left = 36;
  const bottom = 48;
  const plotH = height - bottom - 16;
  const step = (width - left) / Math.max(1, bars.length);
  const barW = Math.max(6, step * 0.7);
  return svg('svg', {id, class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': id + '-title'},
    svg('title', {id: id + '-title'}, title + ': ' + bars.map(b => `${b.label} ${format(b.value)}`).join(', ')),
    svg('line', {x1: left, y1: 16 + plotH, x2: width, y2: 16 + plotH, class: 'axis'}),
    bars.map((b, i) => {
      const hBar = max ? (b.value / max) * plotH : 0;
      const x = left + i * step + (step - barW) / 2;
      return svg('g', null,
        svg('rect', {x, y: 16 + plotH - hBar, width: barW, height: Math.max(hBar, 0), class: 'bar'}),
        svg('text', {x: x + barW / 2, y: 16 + plotH - hBar - 4, 'text-anchor': 'middle', class: 'value'}, format(b.value)),
        svg('text', {x: x + barW / 2, y: 16 + plotH + 16, 'text-anchor': 'middle', class: 'label'}, b.label.replace('%', '')));
    }),
    svg('text', {x: left + (width - left) / 2, y: height - 6, 'text-anchor': 'middle', class: 'label'}, 'Quiz grade (%)'));
}

// ---------- item analysis ----------

async function analysis(attempts) {
  const box = document.getElementById('analysis');
  let a;
  try {
    a = await api('GET', `${base}/items` + (attempts ? `?attempts=${attempts}` : ''));
  } catch (e) {
    fill(box, h('h2', {id: 'analysis-heading'}, 'Item analysis'), h('p', {class: 'error'}, describeError(e)));
    return;
  }
  const t = a.test;
  const fact = (term, value, hint) => [h('dt', null, term), h('dd', null, value, hint ? h('span', {class: 'hint'}, ' ' + hint) : null)];
  fill(box,
    h('h2', {id: 'analysis-heading'}, 'Item analysis'),
    h('div', {class: 'toolbar'},
      h('label', {for: 'attempts-analysed'}, 'Attempts analysed'),
      h('select', {id: 'attempts-analysed', onchange: async e => {
        await analysis(e.target.value);
        document.getElementById('attempts-analysed').focus();
      }},
        [['', 'Those the grading method counts'], ['first', 'First attempts'], ['last', 'Last attempts'],
          ['highest', 'Highest-scoring attempts'], ['all', 'All attempts']]
          .map(([v, label]) => h('option', {value: v, selected: v === attempts}, label)))),
    a.warnings.length ? h('ul', {class: 'notice warnings'}, a.warnings.map(w => h('li', null, w.message))) : null,
    h('h3', null, 'The quiz as a whole'),
    h('dl', {class: 'facts'},
      fact('Attempts', String(t.attempts)),
      fact('Mean grade', pct(t.meanPercent)),
      fact('Median grade', pct(t.medianPercent)),
      fact('Standard deviation', pct(t.standardDeviation)),
      fact('Skewness', num(t.skewness)),
      fact('Kurtosis', num(t.kurtosis)),
      fact("Cronbach's alpha", pct(t.coefficientOfInternalConsistency), 'coefficient of internal consistency; above 75% is good'),
      fact('Error ratio', pct(t.errorRatio), 'below 50% is good'),
      fact('Standard error', pct(t.standardError))),
    h('h3', null, 'Facility and discrimination per item'),
    itemChart(a.items),
    wide('Item analysis table', h('table', {id: 'items-table'},
      h('caption', null, `Top and bottom groups: ${a.groups.sharePercent}% of attempts each (${a.groups.size} attempts).`),
      h('thead', null, h('tr', null, ['Item', 'Question', 'Attempts', 'Facility index', 'Standard deviation',
        'Discrimination index', 'Discriminative efficiency', 'Check'].map(x => h('th', {scope: 'col'}, x)))),
      h('tbody', null, a.items.map(i => h('tr', null,
        h('th', {scope: 'row'}, itemLabel(i)),
        h('td', null, i.stem),
        h('td', null, String(i.attempts)),
        h('td', null, pct(i.facilityIndex)),
        h('td', null, pct(i.standardDeviation)),
        h('td', null, pct(i.discriminationIndex)),
        h('td', null, pct(i.discriminativeEfficiency)),
        h('td', null, i.warnings.length ? h('ul', {class: 'plain'}, i.warnings.map(w => h('li', null, '⚠ ', w.message))) : 'No concerns')))))),
    h('h3', null, 'Options chosen (distractor analysis)'),
    a.items.map(distractors));
}

/** Horizontal bars: facility index and discrimination index of each item, with the values written out. */
function itemChart(items) {
  const rowH = 44;
  const width = 640;
  const left = 70;
  const labelRoom = 170; // the written values sit right of the bars and must stay inside the picture
  const mid = left + (width - left - labelRoom) / 2;
  const scale = (width - left - labelRoom) / 2 / 100;
  const height = 30 + items.length * rowH;
  return svg('svg', {id: 'item-chart', class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'item-chart-title'},
    svg('title', {id: 'item-chart-title'}, 'Facility index and discrimination index per item: ' +
      items.map(i => `${itemLabel(i).toLowerCase()} facility ${pct(i.facilityIndex)}, discrimination ${pct(i.discriminationIndex)}`).join('; ')),
    svg('text', {x: left, y: 14, class: 'label'}, '−100%'),
    svg('text', {x: mid, y: 14, class: 'label', 'text-anchor': 'middle'}, '0'),
    svg('text', {x: mid + 100 * scale, y: 14, class: 'label', 'text-anchor': 'middle'}, '100%'),
    svg('line', {x1: mid, y1: 20, x2: mid, y2: height, class: 'axis'}),
    items.map((i, n) => {
      const y = 24 + n * rowH;
      const f = i.facilityIndex ?? 0;
      const d = i.discriminationIndex ?? 0;
      return svg('g', null,
        svg('text', {x: 0, y: y + 18, class: 'label'}, itemLabel(i)),
        svg('rect', {x: mid, y, width: f * scale, height: 16, class: 'bar'}),
        svg('text', {x: mid + f * scale + 4, y: y + 13, class: 'value'}, `facility ${pct(i.facilityIndex)}`),
        svg('rect', {x: d >= 0 ? mid : mid + d * scale, y: y + 18, width: Math.abs(d) * scale, height: 16,
          class: d >= 0 ? 'bar second' : 'bar negative'}),
        svg('text', {x: d >= 0 ? mid + d * scale + 4 : mid + 4, y: y + 31, class: 'value'}, `discrimination ${pct(i.discriminationIndex)}`));
    }));
}

function distractors(item) {
  const width = 640;
  const left = 120;
  const rowH = 40;
  const scale = (width - left - 60) / 100;
  const options = item.options;
  return h('details', {class: 'distractors'},
    h('summary', null, `${itemLabel(item)}: `, item.stem),
    svg('svg', {class: 'chart', viewBox: `0 0 ${width} ${20 + options.length * rowH}`, role: 'img',
      'aria-labelledby': `options-${item.itemId}-title`},
      svg('title', {id: `options-${item.itemId}-title`}, `Options of ${itemLabel(item).toLowerCase()} chosen by the top and bottom groups: ` +
        options.map(o => `${o.label}${o.key ? ' (key)' : ''} top ${pct(o.topPercent)}, bottom ${pct(o.bottomPercent)}`).join('; ')),
      svg('text', {x: left, y: 12, class: 'label'}, 'Top group (upper bar) and bottom group (lower bar), percent choosing each option'),
      options.map((o, n) => {
        const y = 20 + n * rowH;
        return svg('g', null,
          svg('text', {x: 0, y: y + 20, class: 'label'}, `${o.label}${o.key ? ' (key)' : ''}`),
          svg('rect', {x: left, y, width: (o.topPercent ?? 0) * scale, height: 15, class: 'bar'}),
          svg('text', {x: left + (o.topPercent ?? 0) * scale + 4, y: y + 12, class: 'value'}, pct(o.topPercent)),
          svg('rect', {x: left, y: y + 17, width: (o.bottomPercent ?? 0) * scale, height: 15, class: 'bar second'}),
          svg('text', {x: left + (o.bottomPercent ?? 0) * scale + 4, y: y + 29, class: 'value'}, pct(o.bottomPercent)));
      })),
    h('table', null,
      h('thead', null, h('tr', null, ['Option', 'Text', 'Chosen', 'Top group', 'Bottom group'].map(x => h('th', {scope: 'col'}, x)))),
      h('tbody', null, options.map(o => h('tr', null,
        h('th', {scope: 'row'}, o.label, o.key ? h('span', {class: 'tag key'}, 'Key') : null),
        h('td', null, o.text ?? ''),
        h('td', null, `${o.count} (${pct(o.percent)})`),
        h('td', null, `${o.topCount} (${pct(o.topPercent)})`),
        h('td', null, `${o.bottomCount} (${pct(o.bottomPercent)})`))))));
}

if (!session()) {
  noSession(main);
} else if (!quizId) {
  fill(main, h('h1', null, 'Results'), h('p', {class: 'error', role: 'alert'}, 'No quiz was named in the link.'));
} else {
  load();
}

/** An item as students number it (issue 13); one rejected since has no number in an attempt any more. */
function itemLabel(i) {
  return i.number ? `Item ${i.number}` : 'Rejected item';
}

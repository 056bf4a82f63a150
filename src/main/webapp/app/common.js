// Shared by every page: the launch session, the API client, and a DOM builder that only ever sets text.
//
// Article and item text is untrusted (articles come from anywhere). Nothing in these pages uses innerHTML,
// insertAdjacentHTML or document.write: every string reaches the page through h()/text nodes, so "<script>" or
// "onerror=" in an article is shown as those characters. The Content-Security-Policy (script-src 'self') is the
// second wall, not the first.

const SESSION_KEY = 'articlequiz.session';

/** The launch session of this tab: {token, quiz, role}, as launch.html stored it. */
export function session() {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? JSON.parse(raw) : null;
  } catch (e) {
    return null;
  }
}

export function storeSession(s) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));
}

/** An answer from the API that is not 2xx, carrying the problem document (RFC 9457) when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
    this.type = (problem && problem.type ? problem.type : '').replace('urn:article-quiz:problem:', '');
  }
}

/** The request never got an answer: the network is down, or the server is unreachable. */
export class NetworkError extends Error {
}

/** The difference between the server's clock and this device's, in ms (see setServerTime). */
let serverSkewMs = 0;

export function serverNow() {
  return Date.now() + serverSkewMs;
}

/**
 * Corrects this device's clock by a server time read by a request sent at sentAt and answered now (the middle of
 * the round trip is the best guess of when the server read its clock).
 */
export function setServerTime(iso, sentAt) {
  const server = Date.parse(iso);
  if (!Number.isNaN(server)) {
    serverSkewMs = server - (sentAt + Date.now()) / 2;
  }
}

/** Calls the JSON API with the launch session's bearer token. Throws ApiError or NetworkError. */
export async function api(method, path, body) {
  const s = session();
  const headers = {Accept: 'application/json, application/problem+json'};
  if (s && s.token) {
    headers.Authorization = 'Bearer ' + s.token;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(new URL('../api/' + path, document.baseURI), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    throw new NetworkError(e.message);
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, json);
  }
  return json;
}

/**
 * Builds an element. attrs: plain attributes, plus 'on' handlers ({onclick: fn}), 'class', and 'dataset'.
 * children: strings (always text nodes, never markup), nodes, arrays, or null/false (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.substring(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'checked' || key === 'disabled' || key === 'value' || key === 'selected') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(el, child);
    } else if (child instanceof Node) {
      el.appendChild(child);
    } else {
      el.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's content with the given children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Moves focus to an element that is not normally focusable (a heading), for screen readers after a view change. */
export function focusHeading(el) {
  if (!el) {
    return;
  }
  if (!el.hasAttribute('tabindex')) {
    el.setAttribute('tabindex', '-1');
  }
  el.focus();
}

/** Shows a problem or failure in an element, as a sentence a person can act on. */
export function describeError(e) {
  if (e instanceof NetworkError) {
    return 'The server cannot be reached. Check your connection and try again.';
  }
  if (e instanceof ApiError) {
    if (e.status === 401) {
      return 'Your session has ended. Open the quiz again from your course.';
    }
    if (e.status === 403) {
      return localizeDates(e.message) || 'You are not allowed to do this.';
    }
    const params = (e.problem.invalidParams || []).map(p => p.name + ': ' + p.reason).join('; ');
    return localizeDates(params ? e.message + ' (' + params + ')' : e.message);
  }
  return 'Something went wrong: ' + e.message;
}

/** The page's query parameter as a positive integer, or null. */
export function numberParam(name) {
  const value = new URLSearchParams(location.search).get(name);
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** The reader's own date and time format (their browser's locale and time zone), never ISO 8601. */
const DATE_TIME = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

export function formatDateTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : DATE_TIME.format(date);
}

/** An instant as the server writes it in a message (ISO 8601, UTC: "2026-12-07T17:00:00Z"). */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z\b/g;

/**
 * A server message with its instants in the reader's format (issue 13): "This quiz opens at 2026-12-07T17:00:00Z."
 * reads "This quiz opens at 7 Dec 2026, 17:00." in en-GB (and in the reader's time zone).
 */
export function localizeDates(text) {
  return text ? String(text).replace(ISO_INSTANT, iso => formatDateTime(iso.replace(/(\.\d{3})\d+Z$/, '$1Z'))) : text;
}

/** A page for people who arrived without a launch session. */
export function noSession(main) {
  fill(main,
    h('h1', null, 'Article Quiz'),
    h('p', {class: 'notice', role: 'alert'},
      'There is no launch session in this tab. Open the quiz from your course (Moodle, Canvas, …) to start.'));
}

/** Tells the person what just happened, in the page's status line (a polite live region). */
export function say(text, kind = 'ok') {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = text;
    status.dataset.state = kind;
  }
}

/** Breadcrumbs for the instructor pages: [[label, href], …, [current label]]. */
export function crumbs(trail) {
  return h('nav', {class: 'crumbs', 'aria-label': 'Breadcrumb'},
    h('ol', null, trail.map(([label, href], i) => h('li', null,
      href ? h('a', {href}, label) : h('span', {'aria-current': i === trail.length - 1 ? 'page' : null}, label)))));
}

/** One line about a quiz's settings, e.g. "2 attempts, 30 min, feedback after submission". */
export function settingsSummary(s) {
  if (!s) {
    return '';
  }
  if (s.practice) {
    return 'practice, not graded';
  }
  const parts = [];
  parts.push(s.attemptsAllowed ? `${s.attemptsAllowed} attempt${s.attemptsAllowed === 1 ? '' : 's'}` : 'unlimited attempts');
  parts.push(s.timeLimitSeconds ? `${Math.round(s.timeLimitSeconds / 60)} min` : 'no time limit');
  parts.push({IMMEDIATE: 'immediate feedback', AFTER_SUBMISSION: 'feedback after submission', AFTER_CLOSE: 'feedback after close'}[s.feedbackTiming] || '');
  return parts.filter(Boolean).join(', ');
}

/** A table that may be wider than a narrow platform frame scrolls sideways in its own box (keyboard too). */
export function wide(label, table) {
  return h('div', {class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: '0'}, table);
}

/** Builds an SVG element (charts). Same rules as h(): strings become text, never markup. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

/**
 * Fetches a file from the API with the bearer token and hands it to the browser as a download. A plain link would
 * not carry the token (it lives in sessionStorage, never in a cookie), so the file comes through fetch and a blob:
 * URL; the CSP's fetch directives do not govern a download's navigation, so it needs no blob: source. The file is
 * saved under the server's Content-Disposition name when there is one, else under fileName; returns that name.
 */
export async function download(path, fileName, accept = 'text/csv, application/problem+json') {
  const s = session();
  const response = await fetch(new URL('../api/' + path, document.baseURI), {
    headers: {Authorization: 'Bearer ' + (s && s.token), Accept: accept},
    cache: 'no-store', credentials: 'omit',
  }).catch(e => {
    throw new NetworkError(e.message);
  });
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  const name = named ? named[1] : fileName;
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', {href: url, download: name, hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return name;
}

/**
 * The source sentence an item's feedback cites, with its article and, folded away, the paragraph of the article it
 * stands in (the sentence marked), so a student can read the fact in its place.
 */
export function sourceBlock(f) {
  if (!f.sourceSentence) {
    return null;
  }
  const paragraph = f.sourceParagraph || '';
  const at = paragraph.indexOf(f.sourceSentence);
  return h('figure', {class: 'source'},
    h('blockquote', null, f.sourceSentence),
    h('figcaption', null, 'From the article', f.sourceArticle ? ' ' : '', f.sourceArticle ? h('cite', null, f.sourceArticle) : null),
    at < 0 ? null : h('details', {class: 'paragraph'},
      h('summary', null, 'Show the paragraph in the article'),
      h('p', null, paragraph.substring(0, at), h('mark', null, f.sourceSentence), paragraph.substring(at + f.sourceSentence.length))));
}

/**
 * One answered item with its feedback: the verdict, the options with the student's answer and the key marked, the
 * explanation and the source. tag: 'li' in a list of items, 'section' on its own (then headingId labels it); extra:
 * children after the source.
 */
export function reviewedItem(tag, item, f, headingId, ...extra) {
  const answered = f.chosenChoiceId !== null && f.chosenChoiceId !== undefined;
  const verdict = !answered ? 'Not answered' : f.correct ? 'Correct' : 'Incorrect';
  return h(tag, {class: 'question reviewed ' + (f.correct ? 'right' : 'wrong'), 'aria-labelledby': headingId},
    h('h2', {id: headingId}, `Question ${item.number}: `, h('span', {class: 'verdict'},
      h('span', {'aria-hidden': 'true'}, f.correct ? '✓ ' : '✗ '), verdict)),
    h('p', {class: 'stem'}, item.stem),
    h('ul', {class: 'choices'}, item.choices.map(c => {
      const mine = c.choiceId === f.chosenChoiceId;
      const key = c.choiceId === f.keyChoiceId;
      return h('li', {class: (key ? 'key ' : '') + (mine ? 'mine' : '')}, c.text,
        mine ? h('span', {class: 'tag'}, 'Your answer') : null,
        key ? h('span', {class: 'tag key'}, 'Correct answer') : null);
    })),
    f.explanation ? h('p', {class: 'explanation'}, f.explanation) : null,
    sourceBlock(f),
    extra);
}

/**
 * A page that could not load: what went wrong and, when trying again can help (no network, a server error), a
 * "Try again" button that also fires by itself when the network returns. extra: children after it.
 */
export function showLoadProblem(main, title, e, retryWith, ...extra) {
  const retry = e instanceof NetworkError || (e instanceof ApiError && e.status >= 500);
  fill(main,
    h('h1', null, title),
    h('p', {class: 'notice', role: 'alert'}, describeError(e)),
    retry ? h('button', {type: 'button', class: 'primary', onclick: retryWith}, 'Try again') : null,
    extra);
  if (retry) {
    window.addEventListener('online', retryWith, {once: true});
  }
}

// The student page's state, shared by take.js and its views (take-questions.js, take-results.js).
import {store} from './save-queue.js';

export const PER_PAGE_KEY = 'articlequiz.perPage';

export const state = {
  attempt: null,
  items: [],
  answers: new Map(),   // itemId → choiceId (or null when cleared), as the student last chose
  locked: new Set(),    // items marked with immediate feedback
  feedback: new Map(),  // itemId → ItemFeedback
  page: 0,
  perPage: Number(store.get(PER_PAGE_KEY)) || 0,
  endsAt: null,
  closed: false,
  view: 'questions',
  title: 'Quiz',
  queue: null,          // SaveQueue: answers not yet acknowledged
  marks: null,          // AttemptMarks: flags and the page the student was on
};

/**
 * What a student marks in an attempt besides answers (issue 13), kept on this device per attempt as the answers'
 * queue is: the questions flagged for review (Moodle's flag in the navigation) and the question at the top of the
 * page the student was on, so a reload or a return reopens that page (whatever the questions per page then).
 */
export class AttemptMarks {
  constructor(attemptId) {
    this.key = 'articlequiz.marks.' + attemptId;
    let saved = {};
    try {
      saved = JSON.parse(store.get(this.key) || '{}');
    } catch (e) {
      saved = {};
    }
    this.flags = new Set(Array.isArray(saved.flags) ? saved.flags : []);
    this.at = Number.isInteger(saved.at) ? saved.at : null;
  }

  isFlagged(itemId) {
    return this.flags.has(itemId);
  }

  toggle(itemId) {
    if (!this.flags.delete(itemId)) {
      this.flags.add(itemId);
    }
    this.persist();
    return this.flags.has(itemId);
  }

  /** The item at the top of the page now shown. */
  showing(itemId) {
    this.at = itemId;
    this.persist();
  }

  persist() {
    store.set(this.key, JSON.stringify({flags: [...this.flags], at: this.at}));
  }
}

// The student page's queue of answers not yet acknowledged by the server, kept in localStorage per attempt (see
// take.js: saving). A separate module so the page stays readable.
import {serverNow} from './common.js';

/** Storage that falls back to memory when the browser refuses localStorage (some locked-down iframes). */
export const store = (() => {
  try {
    const probe = 'articlequiz.probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return {durable: true, get: k => localStorage.getItem(k), set: (k, v) => localStorage.setItem(k, v),
      remove: k => localStorage.removeItem(k)};
  } catch (e) {
    const memory = new Map();
    return {durable: false, get: k => memory.get(k) ?? null, set: (k, v) => memory.set(k, v), remove: k => memory.delete(k)};
  }
})();

/** Answers not yet acknowledged by the server: itemId → {choiceId, seq}. */
export class SaveQueue {
  constructor(attemptId) {
    this.key = 'articlequiz.queue.' + attemptId;
    this.seqKey = 'articlequiz.seq.' + attemptId;
    this.entries = JSON.parse(store.get(this.key) || '{}');
    this.lastSeq = Number(store.get(this.seqKey) || 0);
  }

  get size() {
    return Object.keys(this.entries).length;
  }

  first() {
    const id = Object.keys(this.entries)[0];
    return id === undefined ? null : {itemId: Number(id), ...this.entries[id]};
  }

  /**
   * A sequence number above every one this device or the server used for this attempt, even after a reload: the
   * server's time (this device's clock corrected by the server's, see common.js serverNow), never the device's own
   * clock, which may run hours ahead and make every later answer from a right clock look stale (issue 11).
   */
  nextSeq() {
    this.lastSeq = Math.max(Math.floor(serverNow()), this.lastSeq + 1);
    store.set(this.seqKey, String(this.lastSeq));
    return this.lastSeq;
  }

  /** Forgets the numbers used so far (the server refused one as ahead of its clock: seq-ahead). */
  restartSeq() {
    this.lastSeq = 0;
    store.set(this.seqKey, '0');
  }

  seen(seq) {
    if (seq > this.lastSeq) {
      this.lastSeq = seq;
      store.set(this.seqKey, String(seq));
    }
  }

  put(itemId, choiceId) {
    const seq = this.nextSeq();
    this.entries[itemId] = {choiceId, seq};
    this.persist();
    return seq;
  }

  /** Removes the entry if it is still the one that was acknowledged (a newer change may have replaced it). */
  ack(itemId, seq) {
    const entry = this.entries[itemId];
    if (entry && entry.seq <= seq) {
      delete this.entries[itemId];
      this.persist();
    }
  }

  drop(itemId) {
    delete this.entries[itemId];
    this.persist();
  }

  clear() {
    this.entries = {};
    this.persist();
  }

  persist() {
    if (this.size === 0) {
      store.remove(this.key);
    } else {
      store.set(this.key, JSON.stringify(this.entries));
    }
  }
}

/**
 * The save state line: connection (ok | offline | retrying | session-ended), how many answers wait, whether a send
 * is under way, and the refusals to report. Returns {text, kind} (kind: ok | busy | bad).
 */
export function describeSaving(connection, waiting, flushing, errors) {
  const where = store.durable ? 'on this device' : 'in this tab';
  let text;
  let kind;
  if (connection === 'session-ended') {
    text = `Your session has ended. ${waiting} unsaved answer${waiting === 1 ? ' is' : 's are'} kept ${where}: open the quiz again from your course to send ${waiting === 1 ? 'it' : 'them'}.`;
    kind = 'bad';
  } else if (connection === 'offline' && waiting > 0) {
    text = `Offline: your answers are kept ${where} and will be saved when the connection returns (${waiting} waiting).`;
    kind = 'bad';
  } else if (connection === 'retrying' && waiting > 0) {
    text = `The server is busy: retrying (${waiting} waiting). Your answers are kept ${where}.`;
    kind = 'bad';
  } else if (waiting > 0 || flushing) {
    text = 'Saving…';
    kind = 'busy';
  } else {
    text = 'All answers saved.';
    kind = 'ok';
  }
  if (errors.length) {
    text += ' Not saved: ' + errors.join(' ');
    kind = 'bad';
  }
  return {text, kind};
}

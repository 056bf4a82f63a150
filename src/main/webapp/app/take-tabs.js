// Two tabs on one attempt (issue 13). A save acknowledged in one tab is announced to the other tabs of this browser;
// a tab whose answer it replaces shows the answer the server kept and says so, rather than go on showing a choice
// the server did not keep. (Another device's newer answer is found when this tab saves that question again, or when
// it comes back into view: see take.js.)

/**
 * Listens to the other tabs. current() is the page's state; replaced(itemId, choiceId) shows an answer another tab
 * saved. Returns {post(message)} to announce this tab's acknowledged saves: {attemptId, itemId, choiceId, seq}.
 */
export function watchOtherTabs(current, replaced) {
  if (!('BroadcastChannel' in window)) {
    return {post() {}};
  }
  const channel = new BroadcastChannel('articlequiz.attempts');
  channel.addEventListener('message', e => {
    const m = e.data || {};
    const state = current();
    if (!state.attempt || m.attemptId !== state.attempt.attemptId || state.closed || !state.queue) {
      return;
    }
    state.queue.seen(m.seq);
    const pending = state.queue.entries[m.itemId];
    if (pending && pending.seq > m.seq) {
      return; // this tab's own newer answer is on its way
    }
    state.queue.drop(m.itemId);
    if ((state.answers.get(m.itemId) ?? null) !== m.choiceId) {
      replaced(m.itemId, m.choiceId);
    }
  });
  return {post: message => channel.postMessage(message)};
}

// The student page's clock (see take.js): the countdown to the server's endsAt (corrected by the server's clock),
// warnings at five minutes and one, and the warnings line itself.
import {formatDateTime, serverNow} from './common.js';
import {state} from './take-state.js';

const timerBox = document.getElementById('timer');
const timeLeft = document.getElementById('time-left');
const warning = document.getElementById('warning');
const WARN_AT_SECONDS = [60, 300];
const warned = new Set();
let ticker = null;
/** take.js's timeUp(): runs when the countdown reaches zero. */
const hooks = {timeUp: null};

export function connectTimer(handlers) {
  Object.assign(hooks, handlers);
}

/** Stops the countdown; hide: also hides the clock. */
export function stopTimer(hide) {
  clearInterval(ticker);
  ticker = null;
  if (hide) {
    timerBox.hidden = true;
  }
}

export function resetWarnings() {
  warned.clear();
}

export function setEndsAt(iso) {
  const before = state.endsAt;
  state.endsAt = iso ? Date.parse(iso) : null;
  if (before && state.endsAt && state.endsAt > before + 1000 && !state.closed) {
    // issue 13: an extension given while the attempt runs arrives with a save or a reload
    warned.clear();
    showWarning(`You have been given more time: the attempt now ends at ${formatDateTime(iso)}.`);
  }
  if (state.endsAt && !ticker && !state.closed) {
    timerBox.hidden = false;
    ticker = setInterval(tick, 1000);
    tick();
  }
}

function formatSeconds(total) {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = n => String(n).padStart(2, '0');
  return hours ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

function tick() {
  if (!state.endsAt || state.closed) {
    return;
  }
  const left = Math.max(0, Math.ceil((state.endsAt - serverNow()) / 1000));
  timeLeft.textContent = formatSeconds(left);
  timerBox.classList.toggle('urgent', left <= 60);
  const threshold = WARN_AT_SECONDS.find(t => left <= t);
  if (threshold && !warned.has(threshold) && left > 0) {
    WARN_AT_SECONDS.filter(t => t >= threshold).forEach(t => warned.add(t));
    const minutes = Math.ceil(left / 60);
    showWarning(`Less than ${minutes} minute${minutes === 1 ? '' : 's'} left. Your answers are saved as you go; ` +
      'when time runs out the attempt is submitted with the answers saved by then.');
  }
  if (left === 0) {
    hooks.timeUp();
  }
}

export function announce(text) {
  document.getElementById('announce').textContent = text;
}

export function showWarning(text) {
  warning.hidden = false;
  warning.textContent = text;
}

// The administrator's page: the tool's URLs to give a platform, Dynamic Registration links, platform registrations
// and their deployments, the grade outbox (scores waiting for a gradebook, and the parked ones, with resend), and key
// rotation. Calls the admin API with an administrator's launch session, or with the
// admin token (ARTICLEQUIZ_ADMIN_TOKEN) for the first platform, which is kept in this tab only.
import {api, session, storeSession, h, fill, focusHeading, describeError, say, formatDateTime, wide} from './common.js';

const main = document.getElementById('main');

function askForToken(problem) {
  fill(main,
    h('h1', {id: 'page-heading'}, 'Platforms'),
    h('p', null, 'Sign in with the admin token set on the server (ARTICLEQUIZ_ADMIN_TOKEN), or open this page from a ' +
      'platform as an administrator. The token is kept in this browser tab only.'),
    problem ? h('p', {class: 'error', role: 'alert'}, problem) : null,
    h('form', {id: 'token-form', novalidate: true, onsubmit: e => {
      e.preventDefault();
      const token = document.getElementById('admin-token').value.trim();
      if (token) {
        storeSession({token, quiz: null, role: 'admin'});
        load();
      }
    }},
      h('div', {class: 'field'}, h('label', {for: 'admin-token'}, 'Admin token'),
        h('input', {type: 'password', id: 'admin-token', autocomplete: 'off'})),
      h('button', {type: 'submit', class: 'primary'}, 'Sign in')));
}

async function load() {
  let tool;
  let platforms;
  let outbox;
  try {
    [tool, platforms, outbox] = await Promise.all([api('GET', 'admin/lti/tool'), api('GET', 'admin/lti/platforms'),
      api('GET', 'admin/lti/outbox')]);
  } catch (e) {
    if (e.status === 401 || e.status === 403) {
      return askForToken(describeError(e));
    }
    fill(main, h('h1', null, 'Platforms'), h('p', {class: 'error', role: 'alert'}, describeError(e)));
    return;
  }
  const copyField = (id, label, value) => h('div', {class: 'field'},
    h('label', {for: id}, label),
    h('input', {type: 'text', id, value, readonly: true, class: 'copy', onfocus: e => e.target.select()}));
  fill(main,
    h('h1', {id: 'page-heading'}, 'Platforms'),
    h('section', {'aria-labelledby': 'dynamic-heading'},
      h('h2', {id: 'dynamic-heading'}, 'Register with one URL (Dynamic Registration)'),
      h('p', null, 'Moodle, Canvas and Brightspace can register the tool from one URL: make one here and paste it into the ' +
        'platform. Each URL works once, for a week.'),
      h('button', {type: 'button', class: 'primary', id: 'invite', onclick: invite}, 'Make a registration URL'),
      h('div', {id: 'invitation'})),
    h('section', {'aria-labelledby': 'platforms-heading'},
      h('h2', {id: 'platforms-heading'}, 'Registered platforms'),
      platforms.length ? platformTable(platforms) : h('p', null, 'No platform is registered yet.')),
    outboxSection(outbox, platforms),
    h('section', {'aria-labelledby': 'manual-heading'},
      h('h2', {id: 'manual-heading'}, 'Register a platform by hand'),
      h('details', null, h('summary', null, 'The tool’s URLs to copy into the platform'),
        copyField('url-target', 'Target link URI (tool URL)', tool.targetLinkUri),
        copyField('url-login', 'Login initiation URL', tool.loginUrl),
        copyField('url-redirect', 'Redirect URI (launch)', tool.redirectUri),
        copyField('url-jwks', 'Public keyset URL', tool.jwksUrl),
        copyField('url-deep', 'Deep linking URL', tool.deepLinkingUrl)),
      manualForm()),
    h('section', {'aria-labelledby': 'keys-heading', id: 'keys-section'},
      h('h2', {id: 'keys-heading'}, 'Our signing keys'),
      h('p', null, 'Rotating publishes a new key now and signs with it from an hour on; the old key stays published until ' +
        'its tokens expire.'),
      h('div', {id: 'keys'}, h('p', {role: 'status'}, 'Loading the keys…')),
      h('button', {type: 'button', id: 'rotate', onclick: askToRotate}, 'Rotate the keys…'),
      h('div', {id: 'rotate-confirm', role: 'group', 'aria-labelledby': 'rotate-question', hidden: true},
        h('p', {id: 'rotate-question', class: 'notice'}, 'Rotate the keys now? A new key is published at once and signs ',
          'from an hour on, when the key that signs now retires; platforms read our keys again by then. Rotate only when a ',
          'key may have leaked or your policy asks for it (the tool also rotates by itself).'),
        h('button', {type: 'button', class: 'danger', id: 'rotate-yes', onclick: rotate}, 'Rotate now'), ' ',
        h('button', {type: 'button', id: 'rotate-no', onclick: () => closeRotate('Nothing changed.')}, 'Cancel'))));
  showKeys();
}

/** The keys (issue 13): which signs now, when the next takes over, when the old ones leave the key set. */
async function showKeys() {
  const box = document.getElementById('keys');
  let keys;
  try {
    keys = await api('GET', 'admin/lti/keys');
  } catch (e) {
    // an LTI administrator's launch manages its own registration only; keys are the admin token's
    fill(box, h('p', null, e.status === 403 ? 'Keys are managed with the admin token.' : describeError(e)));
    document.getElementById('rotate').hidden = e.status === 403;
    return;
  }
  const now = Date.now();
  const role = k => k.signsNow ? 'Signs now' + (k.retiredAt ? ` until ${formatDateTime(k.retiredAt)}` : '')
    : Date.parse(k.activeFrom) > now ? `Next: takes over ${formatDateTime(k.activeFrom)}`
      : `Retired ${formatDateTime(k.retiredAt)}`;
  fill(box, wide('The keys, in a table', h('table', {id: 'keys-table'},
    h('caption', {class: 'visually-hidden'}, 'Our signing keys'),
    h('thead', null, h('tr', null, ['Key id', 'State', 'Published', 'Leaves the key set'].map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', null, keys.map(k => h('tr', {class: k.signsNow ? 'current' : null},
      h('th', {scope: 'row'}, h('code', null, k.keyId)),
      h('td', null, role(k)),
      h('td', null, formatDateTime(k.publishedAt)),
      h('td', null, k.removedAt ? formatDateTime(k.removedAt) : '—')))))));
}

function askToRotate() {
  document.getElementById('rotate').hidden = true;
  document.getElementById('rotate-confirm').hidden = false;
  document.getElementById('rotate-no').focus();
}

function closeRotate(message) {
  document.getElementById('rotate-confirm').hidden = true;
  document.getElementById('rotate').hidden = false;
  document.getElementById('rotate').focus();
  if (message) {
    say(message);
  }
}

function platformTable(platforms) {
  return h('table', {id: 'platforms'},
    h('thead', null, h('tr', null, ['Platform', 'Issuer and client id', 'Deployments', 'State', 'Actions'].map(t => h('th', {scope: 'col'}, t)))),
    h('tbody', null, platforms.map(p => h('tr', null,
      h('th', {scope: 'row'}, p.name || p.issuer, p.product ? h('span', {class: 'hint'}, ` (${p.product})`) : null,
        h('br'), h('span', {class: 'hint'}, 'since ' + formatDateTime(p.createdAt))),
      h('td', null, p.issuer, h('br'), h('code', null, p.clientId)),
      h('td', null,
        p.deploymentIds.length ? h('ul', {class: 'plain'}, p.deploymentIds.map(d => h('li', null, h('code', null, d), ' ',
          h('button', {type: 'button', class: 'link', onclick: () => disableDeployment(p, d)},
            'Disable', h('span', {class: 'visually-hidden'}, ` deployment ${d} of ${p.name || p.issuer}`))))) : 'none',
        h('form', {class: 'inline-form', novalidate: true, onsubmit: e => addDeployment(e, p)},
          h('label', {for: 'dep-' + p.id, class: 'visually-hidden'}, `New deployment id for ${p.name || p.issuer}`),
          h('input', {type: 'text', id: 'dep-' + p.id, placeholder: 'deployment id', autocomplete: 'off'}),
          h('button', {type: 'submit'}, 'Add', h('span', {class: 'visually-hidden'}, ` a deployment to ${p.name || p.issuer}`)))),
      h('td', null, p.enabled ? 'Enabled' : 'Disabled'),
      h('td', null, h('button', {type: 'button', class: p.enabled ? 'danger' : 'primary', onclick: () => setEnabled(p, !p.enabled)},
        p.enabled ? 'Disable' : 'Enable', h('span', {class: 'visually-hidden'}, ` ${p.name || p.issuer}`)))))));
}

/** The grade outbox: counts by state, then the newest waiting and parked scores (the API bounds both lists). */
function outboxSection(outbox, platforms) {
  const names = new Map(platforms.map(p => [p.id, p.name || p.issuer]));
  const platform = id => names.get(id) || `Platform ${id}`;
  const c = outbox.counts;
  const score = e => `${Math.round(e.scoreGiven * 100) / 100} / ${Math.round(e.scoreMaximum * 100) / 100}`;
  const shown = (list, total) => total > list.length ? ` The newest ${list.length} of ${total} are shown.` : '';
  const ids = e => [h('td', null, platform(e.platformId)), h('td', null, String(e.quizId)), h('td', null, String(e.attemptId)),
    h('td', null, String(e.userId)), h('td', null, score(e))];
  const idHeads = ['Platform', 'Quiz', 'Attempt', 'User', 'Score'];
  return h('section', {'aria-labelledby': 'outbox-heading', id: 'outbox'},
    h('h2', {id: 'outbox-heading'}, 'Grade outbox'),
    h('p', {id: 'outbox-counts'}, `${c.PENDING} waiting to be sent, ${c.PARKED} parked, ${c.DELIVERED} delivered` +
      (c.SUPERSEDED ? `, ${c.SUPERSEDED} replaced by a newer score before they were sent. ` : '. ') +
      'Scores go to the platforms’ gradebooks in the background and are tried again with growing pauses; a parked score ' +
      'was refused by the platform, or failed too often, and waits for a person.'),
    outbox.pending.length ? wide('Scores waiting to be sent', h('table', {id: 'outbox-pending'},
      h('caption', null, 'Waiting to be sent, newest first.', shown(outbox.pending, c.PENDING)),
      h('thead', null, h('tr', null, ['Score number', ...idHeads, 'Tries', 'Next try', 'Last error'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', null, outbox.pending.map(e => h('tr', null,
        h('th', {scope: 'row'}, String(e.id)), ids(e), h('td', null, String(e.tries)),
        h('td', null, formatDateTime(e.nextTryAt)), h('td', {class: 'reason'}, e.lastError || '—'))))))
      : h('p', null, 'No score is waiting to be sent.'),
    outbox.parked.length ? wide('Parked scores', h('table', {id: 'outbox-parked'},
      h('caption', null, 'Parked, newest first: fix the cause in the platform, then send again.', shown(outbox.parked, c.PARKED)),
      h('thead', null, h('tr', null, ['Score number', ...idHeads, 'Tries', 'Reason', 'Action'].map(t => h('th', {scope: 'col'}, t)))),
      h('tbody', null, outbox.parked.map(e => h('tr', null,
        h('th', {scope: 'row'}, String(e.id)), ids(e), h('td', null, String(e.tries)),
        h('td', {class: 'reason'}, e.reason || '—'),
        h('td', null, h('button', {type: 'button', id: 'resend-' + e.id, onclick: () => resend(e)},
          'Send again', h('span', {class: 'visually-hidden'}, ` score ${e.id}`))))))))
      : h('p', null, 'No score is parked.'));
}

function resend(entry) {
  return act(() => api('POST', `admin/lti/outbox/${entry.id}/resend`), `Score ${entry.id} will be sent again.`, 'outbox-heading');
}

/** Does a change, says so, shows the page again and puts focus on the heading of the section that changed. */
async function act(call, done, headingId = 'platforms-heading') {
  try {
    await call();
    say(done);
    await load();
    focusHeading(document.getElementById(headingId));
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

function setEnabled(p, enabled) {
  return act(() => api('PUT', `admin/lti/platforms/${p.id}/enabled`, {enabled}),
    `${p.name || p.issuer} is now ${enabled ? 'enabled' : 'disabled'}.`);
}

function disableDeployment(p, deploymentId) {
  return act(() => api('DELETE', `admin/lti/platforms/${p.id}/deployments/${encodeURIComponent(deploymentId)}`),
    `Deployment ${deploymentId} disabled.`);
}

function addDeployment(e, p) {
  e.preventDefault();
  const deploymentId = document.getElementById('dep-' + p.id).value.trim();
  if (deploymentId) {
    return act(() => api('POST', `admin/lti/platforms/${p.id}/deployments`, {deploymentId}), `Deployment ${deploymentId} added.`);
  }
  return undefined;
}

async function invite() {
  try {
    const invitation = await api('POST', 'admin/lti/registration-invitations');
    fill(document.getElementById('invitation'),
      h('div', {class: 'field'}, h('label', {for: 'registration-url'}, 'Registration URL (paste it into the platform)'),
        h('input', {type: 'text', id: 'registration-url', readonly: true, value: invitation.registrationUrl,
          onfocus: e => e.target.select()})));
    document.getElementById('registration-url').focus();
    say('A registration URL was made.');
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

async function rotate() {
  try {
    const r = await api('POST', 'admin/lti/keys/rotation');
    closeRotate(null);
    say(`Key ${r.nextKeyId} is published and signs from an hour on.`);
    await showKeys();
  } catch (e) {
    say(describeError(e), 'bad');
  }
}

function manualForm() {
  const fields = [['issuer', 'Issuer (iss)', true], ['clientId', 'Client id', true], ['name', 'Name', false],
    ['authUrl', 'Authentication request URL', true], ['tokenUrl', 'Access token URL', true], ['jwksUrl', 'Public keyset URL', true],
    ['tokenAudience', 'Token audience (if the platform names one)', false], ['product', 'Product (moodle, canvas, …)', false],
    ['deploymentIds', 'Deployment ids (separated by commas)', false]];
  const problem = h('p', {class: 'error', role: 'alert', hidden: true});
  return h('form', {id: 'manual', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    problem.hidden = true;
    const body = {};
    for (const [name] of fields) {
      const value = document.getElementById('reg-' + name).value.trim();
      body[name] = value || null;
    }
    body.deploymentIds = body.deploymentIds ? body.deploymentIds.split(',').map(s => s.trim()).filter(Boolean) : [];
    const missing = fields.filter(([name, , required]) => required && !body[name]).map(([, label]) => label);
    if (missing.length) {
      problem.hidden = false;
      problem.textContent = 'Fill in: ' + missing.join(', ') + '.';
      return;
    }
    await act(() => api('POST', 'admin/lti/platforms', body), `${body.name || body.issuer} registered.`);
  }},
    fields.map(([name, label, required]) => h('div', {class: 'field'},
      h('label', {for: 'reg-' + name}, label, required ? '' : h('span', {class: 'hint'}, ' (optional)')),
      h('input', {type: 'text', id: 'reg-' + name, autocomplete: 'off', 'aria-required': required ? 'true' : null}))),
    problem,
    h('button', {type: 'submit', class: 'primary'}, 'Register the platform'));
}

if (session()) {
  load();
} else {
  askForToken(null);
}

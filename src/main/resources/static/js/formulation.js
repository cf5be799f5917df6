// The shared formulation board, live: changes arrive as Server-Sent Events numbered per board; what this person
// writes is queued and sent in order, and kept until the server has it, so a dropped connection loses nothing.
// The page works without this script (plain forms); the script only makes it live.
const root = document.querySelector('[data-formulation]');
if (root) {
  start(root);
}

function start(root) {
  const base = root.dataset.base;
  const role = root.dataset.role;
  const otherLabel = root.dataset.otherLabel;
  const presenceText = root.querySelector('[data-presence-text]');
  const presenceMark = root.querySelector('.formulation-presence__mark');
  const connection = root.querySelector('[data-testid=connection]');
  const announce = root.querySelector('[data-announce]');
  const outbox = [];
  let lastSeq = Number(root.dataset.seq);
  let source = null;
  let sending = false;
  let ended = false;

  connect();
  root.addEventListener('submit', onSubmit);

  function connect() {
    source = new EventSource(base + '/events?after=' + lastSeq);
    source.addEventListener('change', (event) => {
      const change = JSON.parse(event.data);
      lastSeq = Math.max(lastSeq, change.seq);
      apply(change, true);
    });
    source.addEventListener('presence', (event) => showPresence(JSON.parse(event.data)));
    source.addEventListener('ended', (event) => endNow(JSON.parse(event.data)));
    source.onopen = () => {
      showConnection(true);
      flush();
    };
    source.onerror = () => {
      showConnection(false);
      if (source.readyState === EventSource.CLOSED && !ended) {
        source.close();
        setTimeout(reconnect, 1500);
      }
    };
  }

  async function reconnect() {
    if (role === 'PATIENT') {
      try {
        const status = await (await fetch(base + '/status', { headers: { Accept: 'application/json' } })).json();
        if (!status.usable) {
          endNow({ reason: status.reason });
          return;
        }
      } catch (e) {
        setTimeout(reconnect, 1500);
        return;
      }
    }
    connect();
  }

  function apply(change, fromOther) {
    if (change.type === 'entry') {
      showEntry(change.entry, fromOther);
    } else if (change.type === 'box' || change.type === 'arrow') {
      window.location.reload();
    } else if (change.type === 'ended' && role === 'PATIENT') {
      endNow(change);
    }
  }

  function showEntry(entry, fromOther) {
    const list = root.querySelector(`[data-entries="${entry.box}"]`);
    if (!list) {
      return;
    }
    const existing = list.querySelector(`[data-entry="${entry.id}"]`);
    if (existing && Number(existing.dataset.version) >= entry.version) {
      return;
    }
    if (entry.clientId) {
      list.querySelectorAll(`[data-client="${CSS.escape(entry.clientId)}"]`).forEach((pending) => pending.remove());
    }
    if (entry.removed) {
      if (existing) {
        existing.remove();
      }
    } else if (existing) {
      existing.replaceWith(entryElement(entry));
    } else {
      list.append(entryElement(entry));
    }
    if (fromOther && entry.by !== role) {
      const label = root.querySelector(`#box-${entry.box}-label`).textContent;
      announce.textContent = `${otherLabel} ${entry.removed ? 'removed from' : 'wrote in'} ${label}: ${entry.text}`;
    }
  }

  function entryElement(entry) {
    const item = element('li', `formulation-entry formulation-entry--${entry.by.toLowerCase()}`);
    item.dataset.entry = entry.id;
    item.dataset.version = entry.version;
    item.append(element('span', 'formulation-entry__text', entry.text), ' ',
      element('span', 'formulation-entry__by', entry.by === 'PATIENT' ? '(Patient)' : '(Practitioner)'));
    const details = element('details', 'formulation-entry__change');
    const summary = element('summary', null, 'Change');
    summary.append(element('span', 'nhsuk-u-visually-hidden', ` “${entry.text}”`));
    details.append(summary, editForm(entry), removeForm(entry));
    item.append(details);
    return item;
  }

  function editForm(entry) {
    const form = formFor(`${base}/entries/${entry.id}`, entry.version);
    form.dataset.edit = '';
    const label = element('label', 'nhsuk-label', 'New wording');
    label.htmlFor = `edit-${entry.id}`;
    const input = element('input', 'nhsuk-input');
    Object.assign(input, { id: `edit-${entry.id}`, name: 'text', type: 'text', maxLength: 500, value: entry.text });
    form.append(label, input, button('Save', 'nhsuk-button nhsuk-button--small'));
    return form;
  }

  function removeForm(entry) {
    const form = formFor(`${base}/entries/${entry.id}/remove`, entry.version);
    form.dataset.remove = '';
    form.append(button('Remove', 'nhsuk-button nhsuk-button--warning nhsuk-button--small'));
    return form;
  }

  function formFor(action, version) {
    const form = element('form');
    form.method = 'post';
    form.action = action;
    const csrf = root.querySelector('form input[type=hidden]:first-child').cloneNode();
    form.append(csrf, hidden('version', version));
    return form;
  }

  function onSubmit(event) {
    const form = event.target;
    if (ended || !('add' in form.dataset || 'edit' in form.dataset || 'remove' in form.dataset)) {
      return;
    }
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    const input = form.querySelector('input[name=text]');
    const item = { url: form.action, body, form, text: input ? input.value : null, pending: null };
    if ('add' in form.dataset) {
      if (!input.value.trim()) {
        showError(form, 'Write something first');
        return;
      }
      const clientId = newId();
      body.set('clientId', clientId);
      item.pending = element('li', 'formulation-entry formulation-entry--pending', input.value);
      item.pending.dataset.client = clientId;
      item.pending.append(element('span', 'formulation-entry__by', ' (not sent yet)'));
      root.querySelector(`[data-entries="${form.dataset.add}"]`).append(item.pending);
      input.value = '';
    } else {
      const details = form.closest('details');
      if (details) {
        details.open = false;
      }
    }
    showError(form, null);
    outbox.push(item);
    flush();
  }

  async function flush() {
    if (sending) {
      return;
    }
    sending = true;
    while (outbox.length > 0 && !ended) {
      const item = outbox[0];
      let response;
      try {
        response = await fetch(item.url, { method: 'POST', body: item.body, headers: { Accept: 'application/json' } });
      } catch (e) {
        showConnection(false);
        sending = false;
        setTimeout(flush, 1000);
        return;
      }
      if (response.status === 410) {
        endNow({});
        break;
      }
      const answer = await response.json().catch(() => ({}));
      outbox.shift();
      if (!response.ok) {
        failed(item, answer.error || 'This could not be saved. Try again.');
      } else {
        answer.changes.forEach((change) => apply(change, false));
        if (!['Added', 'Already added', 'Saved', 'Removed'].includes(answer.message)) {
          announce.textContent = answer.message;
          showError(item.form.closest('.formulation-box').querySelector('[data-add]'), answer.message);
        }
      }
    }
    sending = false;
  }

  function failed(item, message) {
    if (item.pending) {
      item.pending.remove();
      item.form.querySelector('input[name=text]').value = item.text;
    }
    const form = item.form.isConnected ? item.form : null;
    showError(form || root.querySelector('[data-add]'), message);
  }

  function showError(form, message) {
    const error = form && form.querySelector('[data-error]');
    if (error) {
      error.hidden = !message;
      error.textContent = message ? `Error: ${message}` : '';
    }
  }

  function showPresence(presence) {
    const here = role === 'PRACTITIONER' ? presence.patient : presence.practitioner;
    presenceText.textContent = `${otherLabel}: ${here ? 'connected' : 'not connected'}`;
    presenceMark.textContent = here ? '●' : '○';
    root.classList.toggle('formulation--other-here', here);
  }

  function showConnection(ok) {
    connection.hidden = ok;
    connection.textContent = ok ? '' : 'Connection lost, reconnecting. What you write is kept and sent when it is back.';
  }

  function endNow(change) {
    if (ended || role !== 'PATIENT') {
      return;
    }
    ended = true;
    source.close();
    const notice = document.querySelector('[data-testid=ended]');
    if (change.reason === 'EXPIRED') {
      notice.querySelector('[data-ended-text]').textContent = 'The hour this code works for is up. Ask your practitioner for a new code if you need one.';
    }
    notice.hidden = false;
    root.querySelectorAll('input, button, select').forEach((control) => { control.disabled = true; });
    notice.focus();
  }

  function newId() {
    return window.crypto && crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  }
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function hidden(name, value) {
  const input = element('input');
  Object.assign(input, { type: 'hidden', name, value });
  return input;
}

function button(text, className) {
  const node = element('button', className, text);
  node.type = 'submit';
  return node;
}

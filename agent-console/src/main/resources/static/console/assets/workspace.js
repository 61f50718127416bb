// Workspace: show the latest turns of each conversation first (the hand-over is at the end), and
// while the case is open fetch newer lines of its conversations every two seconds, so a family
// member's messages in a taken-over chat appear without reloading. The server also sends again the
// lines of the last half minute (a line can be committed after one with a higher id); lines
// already shown are skipped.
(function () {
  'use strict';
  var POLL_MS = 2000;
  document.querySelectorAll('.talk').forEach(function (t) { t.scrollTop = t.scrollHeight; });

  var section = document.getElementById('conversation');
  if (!section || section.dataset.poll !== 'true') { return; }

  function lastId() {
    var ids = Array.prototype.map.call(section.querySelectorAll('.msg[data-id]'),
      function (m) { return Number(m.dataset.id); });
    return ids.length ? Math.max.apply(null, ids) : 0;
  }

  function span(cls, text) {
    var s = document.createElement('span');
    s.className = cls;
    s.textContent = text;
    return s;
  }

  // A reply shown already whose delivery changed (the web chat fetched it: 已发送 → 已送达).
  function updateDelivery(shown, m) {
    if (!m.delivery || m.undelivered) { return; }
    var tag = shown.querySelector('.delivery');
    if (!tag) {
      tag = span('tag delivery', '');
      shown.appendChild(tag);
    }
    if (tag.textContent !== m.delivery) {
      tag.textContent = m.delivery;
      tag.className = 'tag delivery ' + (m.deliveryState || '');
    }
  }

  // Adds a line not shown yet; true when it was new.
  function append(line) {
    var m = line.message;
    var shown = section.querySelector('.msg[data-id="' + m.id + '"]');
    if (shown) { updateDelivery(shown, m); return false; }
    var talk = section.querySelector('.talk[data-conversation="' + line.conversationId + '"]');
    if (!talk) {
      talk = document.createElement('div');
      talk.className = 'talk';
      talk.dataset.conversation = line.conversationId;
      section.appendChild(talk);
    }
    var div = document.createElement('div');
    div.className = 'msg ' + (m.fromCaller ? 'in' : 'out') + ' new';
    div.dataset.id = m.id;
    div.appendChild(span('who', m.who || (m.fromCaller ? section.dataset.caller
      : m.fromAgent ? section.dataset.agent : section.dataset.bot)));
    div.appendChild(span('text', m.text));
    if (m.intent) {
      div.appendChild(span('intent', section.dataset.intent + '：' + m.intent + (m.confidence ? ' ' + m.confidence : '')));
    }
    if (m.undelivered) {
      div.className += ' undelivered';
      div.appendChild(span('tag problem delivery failed', m.delivery + (m.problem ? '：' + m.problem : '')));
    } else if (m.delivery) {
      div.appendChild(span('tag delivery ' + (m.deliveryState || ''), m.delivery));
    }
    // A line committed late (another node, a batch) may have a lower id than lines already shown.
    var later = Array.prototype.find.call(talk.querySelectorAll('.msg[data-id]'),
      function (shown) { return Number(shown.dataset.id) > m.id; });
    talk.insertBefore(div, later || null);
    talk.scrollTop = talk.scrollHeight;
    return true;
  }

  function poll() {
    fetch(section.dataset.live + '?after=' + lastId(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) {
        // Signed out (the idle time-out, or the account deactivated): the sign-in page says why.
        if (r.status === 401) { window.location = '/login'; return []; }
        return r.ok ? r.json() : [];
      })
      .then(function (lines) {
        lines.forEach(function (line) {
          // chat-alerts.js tells the agent of the family's new lines (sound, tab title, desktop).
          if (append(line) && line.message.fromCaller) {
            section.dispatchEvent(new CustomEvent('newmessage', { bubbles: true, detail: line.message }));
          }
        });
      })
      .catch(function () { /* a lost poll is retried on the next tick */ })
      .then(function () { window.setTimeout(poll, POLL_MS); });
  }
  window.setTimeout(poll, POLL_MS);
}());

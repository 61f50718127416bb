// The web chat (/chat): one conversation with the bot over the JSON chat API (POST /api/chat), the
// same API any widget uses. The chat's token lives in this page's memory only (not in storage or the
// address), so closing the tab ends it; everything the server sends is shown as text, never as HTML.
// While a person has the chat, the agent's messages are fetched from /api/chat/messages.
(function () {
  'use strict';
  var POLL_MS = 3000;
  var main = document.getElementById('chat');
  if (!main) { return; }
  var words = main.dataset;
  var talk = document.getElementById('talk');
  var options = document.getElementById('options');
  var form = document.getElementById('say');
  var input = document.getElementById('text');
  var send = document.getElementById('send');
  var status = document.getElementById('status');
  var restart = document.getElementById('restart');
  var sessionId = null;
  var busy = false;
  var lastAgentMessage = 0;
  var poller = null;

  function say(who, cls, text) {
    var li = document.createElement('li');
    li.className = 'msg ' + cls;
    var name = document.createElement('span');
    name.className = 'who';
    name.textContent = who;
    var body = document.createElement('p');
    body.className = 'text';
    body.textContent = text;
    li.appendChild(name);
    li.appendChild(body);
    talk.appendChild(li);
    li.scrollIntoView({block: 'end'});
  }

  function showOptions(list) {
    options.textContent = '';
    if (!list || !list.length) { return; }
    var hint = document.createElement('p');
    hint.textContent = words.choose;
    options.appendChild(hint);
    list.forEach(function (o) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'option';
      b.textContent = o.key + '. ' + o.label;
      b.addEventListener('click', function () { submit(o.key); });
      options.appendChild(b);
    });
  }

  function ready(open) {
    busy = !open;
    input.disabled = !open;
    send.disabled = !open;
    options.querySelectorAll('button').forEach(function (b) { b.disabled = !open; });
    if (open) { input.focus(); }
  }

  function ended(text) {
    sessionId = null;
    stopPolling();
    ready(false);
    showOptions([]);
    status.textContent = text;
    restart.hidden = false;
  }

  function post(body) {
    return fetch('/api/chat', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify(body),
      credentials: 'omit'
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) { return {status: r.status, json: json}; });
    });
  }

  function answer(res) {
    var j = res.json;
    if (res.status !== 200) {
      say(words.notice, 'notice', j.message || words.offline);
      if (res.status === 401) { ended(words.ended); } else { status.textContent = ''; ready(true); }
      return;
    }
    sessionId = j.sessionId;
    if (j.lines && j.lines.length) { say(words.bot, 'bot', j.lines.join('\n')); }
    showOptions(j.options);
    if (j.ended) { ended(words.ended); return; }
    status.textContent = j.withAgent ? words.withAgent : '';
    if (j.withAgent) { startPolling(); }
    ready(true);
  }

  function failed() {
    say(words.notice, 'notice', words.offline);
    status.textContent = '';
    ready(sessionId !== null);
    if (sessionId === null) { restart.hidden = false; }
  }

  function start() {
    restart.hidden = true;
    talk.textContent = '';
    lastAgentMessage = 0;
    status.textContent = words.connecting;
    ready(false);
    post({event: 'start'}).then(answer, failed);
  }

  function submit(text) {
    if (busy || sessionId === null || !text.trim()) { return; }
    say(words.you, 'you', text);
    input.value = '';
    status.textContent = words.sending;
    ready(false);
    post({sessionId: sessionId, text: text}).then(answer, failed);
  }

  function poll() {
    if (sessionId === null) { return; }
    fetch('/api/chat/messages?after=' + lastAgentMessage, {
      headers: {'X-Chat-Session': sessionId, 'Accept': 'application/json'}, credentials: 'omit'
    }).then(function (r) {
      if (r.status === 401) { ended(words.ended); return null; }
      return r.ok ? r.json() : null;
    }).then(function (list) {
      (list || []).forEach(function (m) {
        if (m.id > lastAgentMessage) {
          lastAgentMessage = m.id;
          say(words.agent, 'agent', m.text);
        }
      });
    }, function () { /* the next poll tries again */ });
  }

  function startPolling() {
    if (poller === null) { poller = window.setInterval(poll, POLL_MS); }
  }

  function stopPolling() {
    if (poller !== null) { window.clearInterval(poller); poller = null; }
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    submit(input.value);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit(input.value);
    }
  });
  restart.addEventListener('click', start);
  // Leaving the page ends the chat, so its session does not wait for the idle time-out.
  window.addEventListener('pagehide', function () {
    if (sessionId !== null) {
      fetch('/api/chat', {method: 'POST', keepalive: true, credentials: 'omit',
        headers: {'Content-Type': 'application/json'}, body: JSON.stringify({sessionId: sessionId, event: 'end'})});
    }
  });
  start();
}());

// Live queue: reads /api/console/queue, redraws on every server-sent event, counts waiting time up.
(function () {
  'use strict';
  var labels = document.getElementById('labels').dataset;
  var csrfToken = document.querySelector('meta[name="_csrf"]').content;
  var csrfParam = document.querySelector('meta[name="_csrf_parameter"]').content;
  var live = document.getElementById('live');
  var soundButton = document.getElementById('sound');
  var alertBox = document.getElementById('alert');
  var audio = null;
  var knownEmergencies = null;
  var skew = 0; // server time minus browser time

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function waited(since) {
    var s = Math.max(0, Math.floor((Date.now() + skew - since) / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h > 0 ? h + labels.unitH : '') + m + labels.unitM + (sec < 10 ? '0' : '') + sec + labels.unitS;
  }

  function postForm(action, cls, label) {
    var f = el('form');
    f.method = 'post';
    f.action = action;
    var t = el('input'); t.type = 'hidden'; t.name = csrfParam; t.value = csrfToken;
    var b = el('button', cls, label); b.type = 'submit';
    f.appendChild(t); f.appendChild(b);
    return f;
  }

  function claimForm(item) {
    var f = postForm('/console/cases/' + item.id + '/claim', 'primary claim', labels.claim);
    f.querySelector('button').setAttribute('data-case', item.id);
    return f;
  }

  // Callbacks still to be made: who, where it stands, how often rung, and cancel while it waits its turn.
  function callbackRow(line) {
    var tr = el('tr', 'callback');
    tr.id = 'callback-' + line.id;
    var who = el('td', 'elder');
    var a = el('a', null, line.elderName + ' #' + line.caseId); a.href = '/console/cases/' + line.caseId;
    who.appendChild(a);
    tr.appendChild(who);
    tr.appendChild(el('td', null, line.label));
    tr.appendChild(el('td', null, String(line.attempts)));
    var action = el('td');
    if (line.cancellable) {
      action.appendChild(postForm('/console/callbacks/' + line.id + '/cancel', 'cancel-callback', labels.cancelCallback));
    }
    tr.appendChild(action);
    return tr;
  }

  function row(item, withAction) {
    var tr = el('tr', 'p' + item.priority + (item.emergency ? ' emergency' : '') + (item.overdue ? ' overdue' : ''));
    tr.id = 'case-' + item.id;
    tr.appendChild(el('td', 'prio', item.priorityLabel));
    tr.appendChild(el('td', null, item.typeLabel));
    tr.appendChild(el('td', 'elder', item.elderName));
    var subject = el('td', 'subject', item.subject);
    if (item.callback) { subject.appendChild(el('div', 'callback', item.callback)); }
    tr.appendChild(subject);
    tr.appendChild(el('td', null, item.channelLabel));
    var w = el('td', 'waited', waited(item.openedAt)); w.setAttribute('data-since', item.openedAt);
    tr.appendChild(w);
    var due = el('td', 'due');
    var countdown = el('span', item.sla.stage === 'STOPPED' ? 'sla' : null, item.sla.label);
    countdown.title = item.dueLabel;
    if (item.sla.stage !== 'STOPPED') {
      countdown.setAttribute('data-due', item.sla.dueAt);
      countdown.setAttribute('data-warn', item.sla.warnAt);
      countdown.setAttribute('data-now', item.sla.now);
      if (window.hotlineSla) { window.hotlineSla.paint(countdown); }
    }
    due.appendChild(countdown);
    tr.appendChild(due);
    var action = el('td');
    if (withAction === 'claim') {
      action.appendChild(claimForm(item));
    } else if (withAction === 'open') {
      var a = el('a', 'button', labels.open); a.href = '/console/cases/' + item.id; action.appendChild(a);
    } else {
      action.textContent = item.holderName || '';
    }
    tr.appendChild(action);
    return tr;
  }

  function fill(id, items, action) {
    var body = document.getElementById(id);
    body.replaceChildren.apply(body, items.map(function (i) { return row(i, action); }));
  }

  function beep() {
    if (!audio) { return; }
    [0, 0.35, 0.7].forEach(function (at) {
      var o = audio.createOscillator(), g = audio.createGain();
      o.type = 'square'; o.frequency.value = 880;
      g.gain.value = 0.15;
      o.connect(g); g.connect(audio.destination);
      o.start(audio.currentTime + at); o.stop(audio.currentTime + at + 0.2);
    });
  }

  function renderCallbacks(lines) {
    var body = document.getElementById('callbacks');
    body.replaceChildren.apply(body, lines.map(callbackRow));
    document.getElementById('no-callbacks').hidden = lines.length > 0;
  }

  function render(items) {
    var waiting = items.filter(function (i) { return i.status === 'OPEN'; });
    fill('waiting', waiting, 'claim');
    fill('mine', items.filter(function (i) { return i.mine; }), 'open');
    fill('others', items.filter(function (i) { return i.status !== 'OPEN' && !i.mine; }), 'holder');
    document.getElementById('empty').hidden = waiting.length > 0;
    var emergencies = waiting.filter(function (i) { return i.emergency; }).map(function (i) { return i.id; });
    alertBox.hidden = emergencies.length === 0;
    if (knownEmergencies !== null && emergencies.some(function (id) { return knownEmergencies.indexOf(id) < 0; })) {
      beep();
    }
    knownEmergencies = emergencies;
  }

  function refresh() {
    fetch('/api/console/queue', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 401 || r.redirected) { window.location = '/login'; return null; }
        return r.json();
      })
      .then(function (snap) { if (snap) { skew = snap.now - Date.now(); render(snap.items); renderCallbacks(snap.callbacks || []); } })
      .catch(function () { live.className = 'live off'; live.textContent = live.dataset.off; });
  }

  function connect() {
    var source = new EventSource('/api/console/queue/stream');
    source.addEventListener('hello', function () {
      live.className = 'live on'; live.textContent = live.dataset.on; refresh();
    });
    source.addEventListener('opened', refresh);
    source.addEventListener('changed', refresh);
    source.onerror = function () {
      live.className = 'live off'; live.textContent = live.dataset.off;
      // Closed for good (not reconnecting): refused, e.g. signed out after the idle time-out; refresh() finds out.
      if (source.readyState === EventSource.CLOSED) { refresh(); }
    };
  }

  soundButton.addEventListener('click', function () {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!audio && Ctx) { audio = new Ctx(); }
    if (audio) { audio.resume(); beep(); }
    soundButton.textContent = soundButton.dataset.enabled;
  });

  setInterval(function () {
    document.querySelectorAll('td.waited').forEach(function (td) {
      td.textContent = waited(Number(td.getAttribute('data-since')));
    });
  }, 1000);

  refresh();
  connect();
}());

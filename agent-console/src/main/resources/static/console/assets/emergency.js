// Emergency banner of every console page: while an emergency waits for someone to claim it, a banner
// at the top says who, where and what was said, with a claim button; an alarm sounds (generated with
// the Web Audio API) until the agent acknowledges it, the tab's title flashes, and the desktop shows
// a notification. It goes away on every page once someone claims the case. The list comes from
// /api/console/emergencies, re-read when the queue changes (screenpop.js passes the changes on) and
// every 30 s besides. Texts come from the page (meta emergency-alert), filled from the message bundle.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="emergency-alert"]');
  if (!meta || !window.fetch) { return; }
  var labels = meta.dataset;
  var csrfMeta = document.querySelector('meta[name="_csrf"]');
  var csrfParamMeta = document.querySelector('meta[name="_csrf_parameter"]');
  var ACKS = 'yinling.emergency.acknowledged';
  var ASKED = 'yinling.emergency.notificationAsked';
  var NOTIFIED = 'yinling.emergency.notified';
  var originalTitle = document.title;
  var banner = null;
  var shown = [];      // ids on the banner now
  var skew = 0;        // server time minus browser time
  var audio = null;
  var alarm = null;    // interval of the repeating alarm
  var flasher = null;  // interval of the flashing title

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function stored(store, key) {
    try { return JSON.parse(store.getItem(key) || '[]'); } catch (e) { return []; }
  }

  function remember(store, key, value) {
    var list = stored(store, key);
    if (list.indexOf(value) < 0) { list.push(value); }
    try { store.setItem(key, JSON.stringify(list.slice(-200))); } catch (e) { /* private mode: forget */ }
  }

  function keyOf(a) { return a.id + ':' + a.level; }

  function waited(since) {
    var s = Math.max(0, Math.floor((Date.now() + skew - since) / 1000));
    var m = Math.floor(s / 60), sec = s % 60;
    return labels.waited + (m > 0 ? m + labels.unitM : '') + sec + labels.unitS;
  }

  // --- sound: a two-tone siren, generated, repeated every two seconds while unacknowledged ---
  function audioContext() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!audio && Ctx) { audio = new Ctx(); }
    return audio;
  }

  function siren() {
    var ctx = audioContext();
    if (!ctx || ctx.state !== 'running') { return; }
    [0, 0.45, 0.9].forEach(function (at, i) {
      var o = ctx.createOscillator(), g = ctx.createGain();
      o.type = 'square';
      o.frequency.value = i % 2 === 0 ? 988 : 740;
      g.gain.value = 0.2;
      o.connect(g); g.connect(ctx.destination);
      o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + 0.35);
    });
  }

  // The page says whether its alarm is on (data-emergency-sound), whether or not the browser lets it be heard yet.
  function soundOn() {
    document.documentElement.setAttribute('data-emergency-sound', 'on');
    if (alarm) { return; }
    siren();
    alarm = setInterval(siren, 2000);
  }

  function soundOff() {
    document.documentElement.setAttribute('data-emergency-sound', 'off');
    if (alarm) { clearInterval(alarm); alarm = null; }
  }

  function soundBlocked() {
    var ctx = audioContext();
    return !ctx || ctx.state !== 'running';
  }

  // Browsers start sound only after the person has clicked or typed on the page; the first gesture
  // also asks, once ever, whether the console may show desktop notifications.
  function onFirstGesture() {
    var ctx = audioContext();
    if (ctx && ctx.state !== 'running') { ctx.resume().then(refresh); }
    if (window.Notification && Notification.permission === 'default' && stored(localStorage, ASKED).length === 0) {
      remember(localStorage, ASKED, 'yes');
      Notification.requestPermission();
    }
  }
  ['click', 'keydown'].forEach(function (type) { document.addEventListener(type, onFirstGesture, { capture: true }); });

  // --- tab title ---
  function flashOn() {
    if (flasher) { return; }
    var on = false;
    flasher = setInterval(function () {
      on = !on;
      document.title = on ? labels.flash + originalTitle : originalTitle;
    }, 800);
  }

  function flashOff() {
    if (flasher) { clearInterval(flasher); flasher = null; }
    document.title = originalTitle;
  }

  // --- desktop notification, once per emergency and level in this browser session ---
  function notify(a) {
    if (!window.Notification || Notification.permission !== 'granted') { return; }
    if (stored(sessionStorage, NOTIFIED).indexOf(keyOf(a)) >= 0) { return; }
    remember(sessionStorage, NOTIFIED, keyOf(a));
    var n = new Notification(a.notice ? labels.notifyEscalated : labels.notifyTitle, {
      body: a.elderName + ' · ' + a.address + '\n' + a.said, tag: 'emergency-' + keyOf(a), requireInteraction: true
    });
    n.onclick = function () { window.focus(); window.location.assign('/console/cases/' + a.id); };
  }

  // --- the banner ---
  function claimForm(a) {
    var f = el('form', 'inline');
    f.method = 'post';
    f.action = '/console/cases/' + a.id + '/claim';
    if (csrfMeta && csrfParamMeta) {
      var t = el('input'); t.type = 'hidden'; t.name = csrfParamMeta.content; t.value = csrfMeta.content;
      f.appendChild(t);
    }
    var b = el('button', 'primary claim', labels.claim); b.type = 'submit';
    f.appendChild(b);
    return f;
  }

  function item(a) {
    var box = el('div', 'emergency-item level-' + a.level);
    box.id = 'emergency-' + a.id;
    box.setAttribute('data-case', a.id);
    var head = el('div', 'emergency-head');
    head.appendChild(el('strong', 'emergency-title', a.level > 0 ? labels.titleEscalated : labels.title));
    head.appendChild(el('span', 'emergency-waited', waited(a.openedAt)));
    head.lastChild.setAttribute('data-since', a.openedAt);
    box.appendChild(head);
    if (a.notice) { box.appendChild(el('div', 'emergency-notice', a.notice)); }
    var facts = el('dl', 'emergency-facts');
    [[labels.elder, a.elderName, 'emergency-elder'], [labels.address, a.address, 'emergency-address'],
      [labels.said, a.said, 'emergency-said']].forEach(function (row) {
      facts.appendChild(el('dt', null, row[0]));
      facts.appendChild(el('dd', row[2], row[1]));
    });
    box.appendChild(facts);
    var actions = el('div', 'emergency-actions');
    actions.appendChild(claimForm(a));
    var open = el('a', 'button', labels.open); open.href = '/console/cases/' + a.id;
    actions.appendChild(open);
    box.appendChild(actions);
    return box;
  }

  function ensureBanner() {
    if (banner) { return banner; }
    banner = el('section', 'emergency-banner');
    banner.id = 'emergency-banner';
    banner.setAttribute('role', 'alert');
    banner.hidden = true;
    document.body.insertBefore(banner, document.body.firstChild);
    return banner;
  }

  function render(snap) {
    skew = snap.now - Date.now();
    var alerts = snap.alerts || [];
    shown = alerts.map(function (a) { return a.id; });
    var b = ensureBanner();
    var acked = stored(localStorage, ACKS);
    var unacknowledged = alerts.filter(function (a) { return acked.indexOf(keyOf(a)) < 0; });
    var children = alerts.map(item);
    var controls = el('div', 'emergency-controls');
    if (unacknowledged.length > 0) {
      var ack = el('button', 'emergency-ack', labels.acknowledge); ack.type = 'button'; ack.id = 'emergency-ack';
      ack.addEventListener('click', function () {
        unacknowledged.forEach(function (a) { remember(localStorage, ACKS, keyOf(a)); });
        soundOff();
        ack.remove();
      });
      controls.appendChild(ack);
      if (soundBlocked()) { controls.appendChild(el('span', 'emergency-hint', labels.soundHint)); }
    }
    children.push(controls);
    b.replaceChildren.apply(b, children);
    b.hidden = alerts.length === 0;
    document.documentElement.setAttribute('data-emergencies', String(alerts.length));
    if (alerts.length > 0) { flashOn(); } else { flashOff(); }
    if (unacknowledged.length > 0) { soundOn(); } else { soundOff(); }
    alerts.forEach(notify);
  }

  var inFlight = false;
  function refresh() {
    if (inFlight) { return; }
    inFlight = true;
    fetch('/api/console/emergencies', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok && !r.redirected ? r.json() : null; })
      .then(function (snap) { inFlight = false; if (snap) { render(snap); } })
      .catch(function () { inFlight = false; });
  }

  // A new case might be an emergency; a change matters when it is about one on the banner (claimed,
  // escalated) or when the stream caught up after an outage (case 0).
  document.addEventListener('console:queue', function (e) {
    var d = e.detail || {};
    var id = Number(String(d.data || '').split(':').pop());
    if (d.kind === 'hello' || d.kind === 'opened' || id === 0 || shown.indexOf(id) >= 0) { refresh(); }
  });

  setInterval(function () {
    document.querySelectorAll('.emergency-waited').forEach(function (s) {
      s.textContent = waited(Number(s.getAttribute('data-since')));
    });
  }, 1000);
  setInterval(refresh, 30000);
  refresh();
}());

// A new message from the family in a chat the agent holds (the workspace's live transcript,
// workspace.js, fires "newmessage"): a short two-note chime (Web Audio, once the agent has clicked or
// typed on the page, as browsers require), the number of unread messages in the tab's title —
// "(2) 案例工作台 · 银铃热线" — while the tab is hidden or not focused, and a desktop notification
// then, once the agent allowed them with the 开启新消息桌面通知 button (asked on that click, never on
// load). The count clears when the agent comes back to the tab. The page notes each chime in
// data-chat-chimes on <html> (whether or not the browser let it be heard) and the unread count in
// data-chat-unread.
(function () {
  'use strict';
  var section = document.getElementById('conversation');
  if (!section || section.dataset.mine !== 'true') { return; }
  var root = document.documentElement;
  var button = document.getElementById('notifyEnable');
  var unread = 0;
  var chimes = 0;
  var audio = null;
  var PREFIX = /^\(\d+\) /;

  function audioContext() {
    var Ctx = window.AudioContext || window.webkitAudioContext;
    if (!audio && Ctx) { audio = new Ctx(); }
    return audio;
  }

  function chime() {
    chimes += 1;
    root.setAttribute('data-chat-chimes', String(chimes));
    var ctx = audioContext();
    if (!ctx || ctx.state !== 'running') { return; }
    [[880, 0], [1320, 0.16]].forEach(function (note) {
      var o = ctx.createOscillator(), g = ctx.createGain();
      o.type = 'sine';
      o.frequency.value = note[0];
      g.gain.setValueAtTime(0.15, ctx.currentTime + note[1]);
      g.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + note[1] + 0.25);
      o.connect(g); g.connect(ctx.destination);
      o.start(ctx.currentTime + note[1]); o.stop(ctx.currentTime + note[1] + 0.26);
    });
  }

  function away() { return document.hidden || !document.hasFocus(); }

  function showCount() {
    var base = document.title.replace(PREFIX, '');
    document.title = unread > 0 ? '(' + unread + ') ' + base : base;
    root.setAttribute('data-chat-unread', String(unread));
  }

  function seen() {
    if (unread === 0 || away()) { return; }
    unread = 0;
    showCount();
  }

  function notify(m) {
    if (!window.Notification || Notification.permission !== 'granted') { return; }
    var n = new Notification(section.dataset.notifyTitle, { body: (m.who ? m.who + '：' : '') + m.text.slice(0, 120),
      tag: 'case-' + section.dataset.case });
    n.onclick = function () { window.focus(); n.close(); };
  }

  section.addEventListener('newmessage', function (e) {
    chime();
    if (away()) {
      unread += 1;
      showCount();
      notify(e.detail);
    }
  });

  document.addEventListener('visibilitychange', seen);
  window.addEventListener('focus', seen);
  ['click', 'keydown'].forEach(function (type) {
    document.addEventListener(type, function () {
      var ctx = audioContext();
      if (ctx && ctx.state !== 'running') { ctx.resume(); }
      seen();
    }, { capture: true });
  });

  function showPermission() {
    if (!button || !window.Notification) { return; }
    button.hidden = false;
    if (Notification.permission === 'granted') { button.textContent = button.dataset.enabled; button.disabled = true; }
    if (Notification.permission === 'denied') { button.textContent = button.dataset.denied; button.disabled = true; }
  }
  if (button) {
    button.addEventListener('click', function () {
      var asked = Notification.requestPermission(showPermission);
      if (asked && asked.then) { asked.then(showPermission); }
    });
  }
  showPermission();
}());

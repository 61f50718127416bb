// SLA countdowns: every element with class "sla" and data-due/data-warn (epoch ms) counts down each second,
// turns amber (sla-warning) at data-warn and red (sla-breached) after data-due. Wording as SlaClock words it.
(function () {
  'use strict';
  var labels = document.getElementById('sla-labels');
  if (!labels) { return; }
  var t = labels.dataset;

  function fill(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b);
  }

  function left(ms) {
    var s = Math.floor(ms / 1000);
    if (s >= 86400) { return fill(t.days, Math.floor(s / 86400), Math.floor((s % 86400) / 3600)); }
    if (s >= 3600) { return fill(t.hours, Math.floor(s / 3600), Math.floor((s % 3600) / 60)); }
    var sec = s % 60;
    return fill(t.minutesSeconds, Math.floor(s / 60), (sec < 10 ? '0' : '') + sec);
  }

  function late(ms) {
    var m = Math.floor(ms / 60000);
    if (m >= 1440) { return fill(t.days, Math.floor(m / 1440), Math.floor((m % 1440) / 60)); }
    if (m >= 60) { return fill(t.hours, Math.floor(m / 60), m % 60); }
    return fill(t.minutes, m, '');
  }

  function paint(span) {
    var due = Number(span.getAttribute('data-due'));
    var warn = Number(span.getAttribute('data-warn'));
    if (!due) { return; }
    // data-now: the server's time when it read the deadline; kept as the skew, so a wrong browser clock does not matter.
    if (!span.hasAttribute('data-skew')) {
      span.setAttribute('data-skew', span.hasAttribute('data-now') ? Number(span.getAttribute('data-now')) - Date.now() : 0);
    }
    var now = Date.now() + Number(span.getAttribute('data-skew'));
    var stage = now > due ? 'breached' : (now >= warn ? 'warning' : 'on-time');
    span.className = 'sla sla-' + stage;
    span.textContent = stage === 'breached' ? fill(t.late, late(now - due), '') : fill(t.left, left(due - now), '');
  }

  function paintAll() {
    document.querySelectorAll('.sla[data-due]').forEach(paint);
  }

  window.hotlineSla = { paint: paint };
  paintAll();
  setInterval(paintAll, 1000);
}());

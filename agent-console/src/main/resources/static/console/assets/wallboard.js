// Wallboard: fetches /api/console/supervisor/wallboard every few seconds and counts the longest wait up each second.
(function () {
  'use strict';
  var board = document.getElementById('wallboard');
  var t = board.dataset;
  var seconds = Number(t.seconds) || 5;
  var longestSince = 0;
  var skew = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function waited(since) {
    var s = Math.max(0, Math.floor((Date.now() + skew - since) / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h > 0 ? h + t.unitH : '') + m + t.unitM + (sec < 10 ? '0' : '') + sec + t.unitS;
  }

  function tickLongest() {
    var longest = document.getElementById('wall-longest');
    longest.textContent = longestSince ? waited(longestSince) : t.none;
    var mins = longestSince ? (Date.now() + skew - longestSince) / 60000 : 0;
    document.getElementById('tile-longest').className = 'tile' + (mins >= 5 ? ' bad' : mins >= 2 ? ' warn' : '');
  }

  function render(w) {
    skew = w.now - Date.now();
    longestSince = w.longestSince;
    document.getElementById('wall-waiting').textContent = String(w.waiting);
    document.getElementById('tile-waiting').className = 'tile' + (w.emergencies > 0 ? ' bad' : w.waiting > 0 ? ' warn' : '');
    var em = document.getElementById('wall-emergencies');
    em.textContent = w.emergencies > 0 ? em.dataset.label.replace('{0}', w.emergencies) : '';
    document.getElementById('wall-within60').textContent = w.within60Percent;
    document.getElementById('wall-answered').textContent =
      t.answered.replace('{0}', w.answeredToday).replace('{1}', w.decidedToday);
    var states = document.getElementById('wall-states');
    states.replaceChildren.apply(states, w.states.map(function (s) {
      var box = el('div', 'wall-state state-' + s.state);
      box.id = 'wall-state-' + s.state;
      box.appendChild(el('span', 'label', s.label));
      box.appendChild(el('span', 'count', String(s.count)));
      box.appendChild(el('span', 'names', s.names.join('、')));
      return box;
    }));
    tickLongest();
    document.getElementById('wall-updated').className = 'muted';
  }

  function refresh() {
    fetch('/api/console/supervisor/wallboard', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 401 || r.redirected) { window.location = '/login'; return null; }
        return r.ok ? r.json() : null;
      })
      .then(function (w) { if (w) { render(w); } })
      .catch(function () {
        var u = document.getElementById('wall-updated');
        u.className = 'muted late'; u.textContent = t.stale;
      });
  }

  refresh();
  setInterval(refresh, seconds * 1000);
  setInterval(tickLongest, 1000);
}());

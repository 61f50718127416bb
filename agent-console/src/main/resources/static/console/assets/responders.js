// The responders section of an emergency case page: while responders are being called, ask every
// three seconds where the call-out stands and show it (who is being called, who declined, who
// accepted, or that nobody did). States only; the names and numbers came with the page. When the
// list the page shows no longer matches (the call-out started after the page was opened), reload.
(function () {
  'use strict';
  var POLL_MS = 3000;
  var section = document.getElementById('responders');
  if (!section || !section.dataset.live) {
    return;
  }
  var alarm = section.querySelector('.responders-alarm');
  var status = section.querySelector('.responders-status');

  function show(p) {
    var rows = section.querySelectorAll('tr');
    if (rows.length !== p.steps.length) {
      window.location.reload();
      return false;
    }
    alarm.textContent = p.alarm || '';
    alarm.hidden = !p.alarm;
    status.textContent = p.status || '';
    status.hidden = !p.status;
    status.classList.toggle('done', p.accepted);
    p.steps.forEach(function (s, i) {
      rows[i].querySelector('.state').textContent = s.state;
      rows[i].querySelector('.at').textContent = s.at;
      rows[i].classList.toggle('calling', s.calling);
      rows[i].classList.toggle('accepted', s.accepted);
    });
    return !p.over;
  }

  function poll() {
    fetch(section.dataset.live, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (p === null || show(p)) {
          window.setTimeout(poll, POLL_MS);
        }
      })
      .catch(function () { window.setTimeout(poll, POLL_MS); });
  }
  window.setTimeout(poll, POLL_MS);
}());

// The team page follows the floor by itself: it reloads every few seconds, except while the
// supervisor is choosing whom to give a case to (a list open or a choice made and not yet sent).
(function () {
  var note = document.getElementById('team-refresh');
  if (!note) { return; }
  var seconds = Number(note.dataset.seconds) || 30;
  function choosing() {
    var active = document.activeElement;
    if (active && active.tagName === 'SELECT') { return true; }
    return Array.prototype.some.call(document.querySelectorAll('select[name="to"]'), function (s) { return s.value !== ''; });
  }
  setInterval(function () { if (!choosing()) { window.location.reload(); } }, seconds * 1000);
}());

// Workspace: show the latest turns of each conversation first (the hand-over is at the end).
(function () {
  'use strict';
  document.querySelectorAll('.talk').forEach(function (t) { t.scrollTop = t.scrollHeight; });
}());

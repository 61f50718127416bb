// Screen pop: when the telephone system says this agent answered a queued call, the server pushes
// the page to open (the case workspace, or the caller's record) and this page goes there.
(function () {
  'use strict';
  if (!window.EventSource) { return; }
  var source = new EventSource('/api/console/me/pops');
  source.addEventListener('hello', function () { document.documentElement.setAttribute('data-screen-pop', 'on'); });
  source.addEventListener('pop', function (e) {
    var path = e.data;
    // Only pages of this console, never another site.
    if (typeof path === 'string' && path.indexOf('/console/') === 0) { window.location.assign(path); }
  });
  source.onerror = function () { document.documentElement.setAttribute('data-screen-pop', 'off'); };
}());

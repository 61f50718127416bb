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
  source.onerror = function () {
    document.documentElement.setAttribute('data-screen-pop', 'off');
    // Closed for good (not reconnecting): if it is because the agent was signed out (the stream ends
    // when the idle time-out is reached), leave the page for the sign-in page, which says why.
    if (source.readyState !== EventSource.CLOSED) { return; }
    fetch('/api/console/queue', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (r.status === 401) { window.location = '/login'; } })
      .catch(function () { /* the server is away; nothing to show */ });
  };
}());

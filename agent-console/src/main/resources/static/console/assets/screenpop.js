// Screen pop: when the telephone system says this agent answered a queued call, the server pushes
// the page to open (the case workspace, or the caller's record) and this page goes there.
// The same stream carries the queue's changes; they are passed on as 'console:queue' events of the
// document (detail: kind and data), which the emergency banner (emergency.js) listens to.
(function () {
  'use strict';
  if (!window.EventSource) { return; }
  var source = new EventSource('/api/console/me/pops');
  function passOn(kind) {
    return function (e) {
      document.dispatchEvent(new CustomEvent('console:queue', { detail: { kind: kind, data: e.data } }));
    };
  }
  source.addEventListener('hello', function (e) {
    document.documentElement.setAttribute('data-screen-pop', 'on');
    passOn('hello')(e);
  });
  source.addEventListener('opened', passOn('opened'));
  source.addEventListener('changed', passOn('changed'));
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

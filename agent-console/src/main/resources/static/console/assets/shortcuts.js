// Keyboard shortcuts of every console page, listed on a help overlay that "?" opens (also the
// header's 快捷键 button). Single keys act only when the agent is not typing in a field (nor in the
// middle of composing Chinese with an input method); inside a field the Alt combinations work.
//   N  claim the next waiting case      R  reply to the family (focus the reply box)
//   I  switch the box to internal note  E  go to closing the case (its wrap-up code)
//   Q  back to the queue                ?  this help; Esc closes it
// Ctrl+Enter (send) and "/" (canned replies) belong to the box itself: composer.js.
(function () {
  'use strict';
  var help = document.getElementById('shortcut-help');
  if (!help) { return; }
  var opener = document.getElementById('shortcut-help-open');
  var closer = document.getElementById('shortcut-help-close');
  var before = null;

  function open() {
    before = document.activeElement;
    help.hidden = false;
    document.documentElement.setAttribute('data-shortcut-help', 'open');
    closer.focus();
  }

  function close() {
    help.hidden = true;
    document.documentElement.setAttribute('data-shortcut-help', 'closed');
    if (before && before.focus) { before.focus(); }
  }

  function toggle() { if (help.hidden) { open(); } else { close(); } }

  if (opener) { opener.addEventListener('click', toggle); }
  closer.addEventListener('click', close);
  help.addEventListener('click', function (e) { if (e.target === help) { close(); } });

  function typing(t) {
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function claimNext() {
    var f = document.getElementById('claim-next-form');
    if (!f) { return false; }
    f.submit();
    return true;
  }

  // The composer (on a case page the agent may write in): pick the mode and put the cursor in the box.
  function compose(mode) {
    var radio = document.getElementById(mode === 'note' ? 'mode-note' : 'mode-reply');
    var box = document.getElementById('composerText');
    if (!radio || radio.disabled || !box) { return false; }
    if (!radio.checked) {
      radio.checked = true;
      radio.dispatchEvent(new Event('change', { bubbles: true }));
    }
    box.scrollIntoView({ block: 'center' });
    box.focus();
    return true;
  }

  function closeCase() {
    var code = document.getElementById('wrapUpCode');
    if (!code) { return false; }
    code.scrollIntoView({ block: 'center' });
    code.focus();
    return true;
  }

  function toQueue() {
    window.location.assign('/console/queue');
    return true;
  }

  var withAlt = { KeyN: claimNext, KeyR: function () { return compose('reply'); }, KeyI: function () { return compose('note'); } };
  var single = {
    n: claimNext, N: claimNext, r: function () { return compose('reply'); }, i: function () { return compose('note'); },
    e: closeCase, q: toQueue
  };

  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.isComposing || e.keyCode === 229) { return; }
    if (!help.hidden) {
      if (e.key === 'Escape' || (e.key === '?' && !typing(e.target))) { e.preventDefault(); close(); }
      return;
    }
    var act = null;
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      act = withAlt[e.code];
    } else if (!e.altKey && !e.ctrlKey && !e.metaKey && !typing(e.target)) {
      act = e.key === '?' ? function () { open(); return true; } : single[e.key];
    }
    if (act && act()) { e.preventDefault(); }
  });
}());

// The case page's composer: one box for a reply to the family member and an internal note. The
// switch (回复家属 / 内部备注) colours the box (the server decides where the text goes by the mode
// sent). In reply mode, "/" followed by a shortcut (or the 快捷回复 button) opens the canned replies,
// filtered as one types; arrow keys choose, Enter or Tab or a click inserts the text (its variables
// already filled in by the server), Esc closes. Ctrl+Enter sends.
(function () {
  'use strict';
  var form = document.getElementById('composer-form');
  var box = document.getElementById('composerText');
  if (!form || !box) { return; }
  var picker = document.getElementById('canned');
  var items = picker ? Array.prototype.slice.call(picker.querySelectorAll('.canned-item')) : [];
  var none = picker ? picker.querySelector('.canned-none') : null;
  var openButton = document.getElementById('cannedOpen');
  var chosen = -1;
  var token = null; // {start, end} of the "/shortcut" typed in the box, null when opened by the button

  function mode() {
    var checked = form.querySelector('input[name="mode"]:checked');
    return checked ? checked.value : 'REPLY';
  }

  function showMode() {
    var note = mode() === 'NOTE';
    form.classList.toggle('mode-note', note);
    form.classList.toggle('mode-reply', !note);
    box.placeholder = note ? box.dataset.placeholderNote : box.dataset.placeholderReply;
    document.documentElement.setAttribute('data-composer-mode', note ? 'note' : 'reply');
    if (note) { closePicker(); }
  }
  form.addEventListener('change', function (e) { if (e.target.name === 'mode') { showMode(); } });
  showMode();

  function visible() { return items.filter(function (li) { return !li.hidden; }); }

  function highlight(i) {
    var shown = visible();
    chosen = shown.length ? (i + shown.length) % shown.length : -1;
    items.forEach(function (li) { li.classList.remove('chosen'); li.setAttribute('aria-selected', 'false'); });
    if (chosen >= 0) {
      shown[chosen].classList.add('chosen');
      shown[chosen].setAttribute('aria-selected', 'true');
      shown[chosen].scrollIntoView({ block: 'nearest' });
    }
  }

  function filter(query) {
    var q = query.toLowerCase();
    items.forEach(function (li) {
      var title = li.querySelector('.canned-title').textContent.toLowerCase();
      li.hidden = q !== '' && li.dataset.shortcut.toLowerCase().indexOf(q) !== 0 && title.indexOf(q) < 0;
    });
    if (none) { none.hidden = visible().length > 0; }
    highlight(0);
  }

  function openPicker(query) {
    if (!picker || mode() !== 'REPLY') { return; }
    picker.hidden = false;
    filter(query);
  }

  function closePicker() {
    if (picker) { picker.hidden = true; }
    token = null;
  }

  // The "/word" right before the cursor, at the start of the box or after a space or line break.
  function slashToken() {
    var upto = box.value.slice(0, box.selectionStart);
    var m = /(^|\s)\/([^\s/]{0,20})$/.exec(upto);
    return m ? { start: upto.length - m[2].length - 1, end: box.selectionStart, query: m[2] } : null;
  }

  function insert(li) {
    var text = li.querySelector('.canned-text').textContent;
    var start = token ? token.start : box.selectionStart;
    var end = token ? token.end : box.selectionEnd;
    box.value = box.value.slice(0, start) + text + box.value.slice(end);
    var caret = start + text.length;
    box.setSelectionRange(caret, caret);
    closePicker();
    box.focus();
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }

  box.addEventListener('input', function () {
    if (mode() !== 'REPLY') { return; }
    var t = slashToken();
    if (t) { token = t; openPicker(t.query); } else if (token) { closePicker(); }
  });

  box.addEventListener('keydown', function (e) {
    if (e.isComposing || e.keyCode === 229) { return; }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      closePicker();
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      return;
    }
    if (!picker || picker.hidden) { return; }
    var shown = visible();
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight(chosen + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(chosen - 1); }
    else if ((e.key === 'Enter' || e.key === 'Tab') && chosen >= 0 && shown[chosen]) { e.preventDefault(); insert(shown[chosen]); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closePicker(); }
  });

  items.forEach(function (li) {
    li.addEventListener('mousedown', function (e) { e.preventDefault(); });
    li.addEventListener('click', function () { insert(li); });
  });

  if (openButton) {
    openButton.addEventListener('click', function () {
      if (picker && !picker.hidden) { closePicker(); return; }
      token = null;
      openPicker('');
      box.focus();
    });
  }
  box.addEventListener('blur', function () { window.setTimeout(function () { if (document.activeElement !== box) { closePicker(); } }, 150); });
}());

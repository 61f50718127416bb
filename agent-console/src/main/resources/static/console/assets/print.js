// Print buttons (data-print): the page's print style leaves out the navigation and the controls.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
})();

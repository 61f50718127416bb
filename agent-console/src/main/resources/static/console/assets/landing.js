// After a form: the page comes back scrolled to the section acted in (the redirect's #fragment, see Landing).
// A page answered directly to a refused form (HTTP 400, no fragment) is scrolled here instead, to the field
// with the problem, which gets the focus so the agent can correct it at once.
// The free times offered after a refused booking or move are buttons: a click puts the day and time into
// that form (data-form names its id) and focuses its submit button, so one more click books it.
document.addEventListener('DOMContentLoaded', function () {
  var invalid = document.querySelector('[aria-invalid="true"]');
  var landed = document.querySelector('.landed');
  var target = invalid || (window.location.hash ? null : landed);
  if (target) {
    target.scrollIntoView({block: 'center'});
  }
  if (invalid) {
    invalid.focus();
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.free-time') : null;
    if (!button) {
      return;
    }
    var form = document.getElementById(button.dataset.form);
    if (!form) {
      return;
    }
    form.querySelector('input[name="day"]').value = button.dataset.day;
    form.querySelector('input[name="time"]').value = button.dataset.time;
    var pressed = document.querySelectorAll('button.free-time.chosen');
    for (var i = 0; i < pressed.length; i++) {
      pressed[i].classList.remove('chosen');
    }
    button.classList.add('chosen');
    var submit = form.querySelector('button[type="submit"]');
    if (submit) {
      submit.focus();
    }
  });
});

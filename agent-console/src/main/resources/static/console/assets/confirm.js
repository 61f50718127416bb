// Actions that cannot be taken back (cancel a visit, close a case, deactivate an account or a team)
// ask first: a form with data-confirm is only sent once the agent says yes.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form && form.dataset ? form.dataset.confirm : null;
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

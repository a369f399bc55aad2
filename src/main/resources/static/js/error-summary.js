// Moves focus to the error summary after a failed submit, so that screen readers read it out first
// (GOV.UK pattern). Pages work without it: the summary is at the top of the page anyway.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-rh-focus]');
  if (summary) {
    summary.focus();
  }
});

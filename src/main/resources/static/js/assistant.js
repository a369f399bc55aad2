// "Frag die Stadt" without page reloads: posts the question (or a follow-up choice) with fetch,
// appends the new exchange to the conversation log (role="log", so screen readers read it out)
// and keeps the focus in the question field. Without this script the same forms post normally.
(function () {
  'use strict';
  var form = document.querySelector('[data-assistant-form]');
  var log = document.getElementById('gespraech');
  if (!form || !log || !window.fetch || !window.DOMParser || !window.FormData) {
    return;
  }
  var field = form.querySelector('#frage');
  var status = document.querySelector('[data-assistant-status]');
  var waiting = status ? status.getAttribute('data-waiting') : '';

  function postPlainly(target, submitter) {
    target.setAttribute('data-plain', '');
    if (target.requestSubmit) {
      target.requestSubmit(submitter || undefined);
    } else {
      target.submit();
    }
  }

  document.addEventListener('submit', function (event) {
    var target = event.target;
    if (!target.matches('[data-assistant-form], [data-assistant-choices]') || target.hasAttribute('data-plain')) {
      return;
    }
    var submitter = event.submitter || null;
    // An empty question goes the normal way: the page comes back with the error summary.
    if (target === form && !field.value.trim()) {
      return;
    }
    event.preventDefault();
    var data = new URLSearchParams(new FormData(target, submitter));
    if (status) {
      status.textContent = waiting;
    }
    fetch(target.action, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      var update = new DOMParser().parseFromString(html, 'text/html');
      var exchange = update.querySelector('.rh-exchange');
      var carried = update.querySelector('[data-carried]');
      if (!exchange || !carried) {
        throw new Error('unexpected answer');
      }
      var previous = document.getElementById('antwort');
      if (previous) {
        previous.removeAttribute('id');
        previous.removeAttribute('tabindex');
      }
      log.appendChild(document.importNode(exchange, true));
      document.querySelectorAll('input[name="verlauf"]').forEach(function (input) {
        input.value = carried.value;
      });
      if (status) {
        status.textContent = '';
      }
      field.value = '';
      field.focus();
    }).catch(function () {
      postPlainly(target, submitter);
    });
  });
})();

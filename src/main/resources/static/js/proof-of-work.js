// Proof of work against bots (ALTCHA-compatible), self-hosted: for every form with a
// [data-proof-of-work] element, fetch a challenge, find the number n with
// SHA-256(salt + n) = challenge, and put the Base64 ALTCHA payload into the hidden input "altcha".
// Without JavaScript (or WebCrypto) the input stays empty and the server applies stricter limits.
//
// The same file runs as a Web Worker (the search then does not block the page); where workers are
// not available it searches on the page in small chunks, yielding between them.
(function () {
  'use strict';

  var CHUNK = 1000;

  function hex(buffer) {
    var bytes = new Uint8Array(buffer);
    var out = '';
    for (var i = 0; i < bytes.length; i++) {
      out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    }
    return out;
  }

  // Returns the number, or -1 if none up to max fits.
  async function solve(challenge, salt, max, yieldBetweenChunks) {
    var encoder = new TextEncoder();
    for (var start = 0; start <= max; start += CHUNK) {
      var end = Math.min(max, start + CHUNK - 1);
      var digests = [];
      for (var n = start; n <= end; n++) {
        digests.push(crypto.subtle.digest('SHA-256', encoder.encode(salt + n)));
      }
      var results = await Promise.all(digests);
      for (var i = 0; i < results.length; i++) {
        if (hex(results[i]) === challenge) {
          return start + i;
        }
      }
      if (yieldBetweenChunks) {
        await new Promise(function (resolve) { setTimeout(resolve, 0); });
      }
    }
    return -1;
  }

  if (typeof document === 'undefined') {
    // inside the worker
    self.onmessage = function (event) {
      var task = event.data;
      solve(task.challenge, task.salt, task.maxnumber, false).then(
        function (number) { self.postMessage({ number: number }); },
        function () { self.postMessage({ number: -1 }); });
    };
    return;
  }

  if (window.rathausProofOfWork) {
    return; // the widget is on the page twice: one script does all
  }
  window.rathausProofOfWork = true;

  var scriptUrl = document.currentScript ? document.currentScript.src : null;

  function solveSomewhere(challenge) {
    if (scriptUrl && typeof Worker !== 'undefined') {
      return new Promise(function (resolve, reject) {
        var worker;
        try {
          worker = new Worker(scriptUrl);
        } catch (e) {
          resolve(solve(challenge.challenge, challenge.salt, challenge.maxnumber, true));
          return;
        }
        worker.onmessage = function (event) { worker.terminate(); resolve(event.data.number); };
        worker.onerror = function (event) {
          event.preventDefault();
          worker.terminate();
          // e.g. a browser that refuses workers here: search on the page instead
          solve(challenge.challenge, challenge.salt, challenge.maxnumber, true).then(resolve, reject);
        };
        worker.postMessage(challenge);
      });
    }
    return solve(challenge.challenge, challenge.salt, challenge.maxnumber, true);
  }

  function expiresAt(salt) {
    var match = /[?&]expires=(\d+)/.exec(salt);
    return match ? Number(match[1]) * 1000 : null;
  }

  function Widget(element) {
    this.element = element;
    this.form = element.closest('form');
    this.input = element.querySelector('input[name="altcha"]');
    this.status = element.querySelector('[data-proof-of-work-status]');
    this.url = element.getAttribute('data-challenge-url');
    this.ready = null; // a promise of true (solved) or false (failed)
    this.waitingSubmit = null;
  }

  Widget.prototype.say = function (state) {
    this.element.setAttribute('data-state', state);
    this.status.textContent = this.status.getAttribute('data-' + state) || '';
  };

  Widget.prototype.start = function () {
    var widget = this;
    widget.input.value = '';
    widget.say('working');
    widget.ready = fetch(widget.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) { throw new Error('challenge ' + response.status); }
        return response.json();
      })
      .then(function (challenge) {
        return solveSomewhere(challenge).then(function (number) {
          if (number < 0) { throw new Error('no solution'); }
          widget.input.value = btoa(JSON.stringify({
            algorithm: challenge.algorithm,
            challenge: challenge.challenge,
            number: number,
            salt: challenge.salt,
            signature: challenge.signature
          }));
          widget.say('ready');
          widget.renewBefore(expiresAt(challenge.salt));
          return true;
        });
      })
      .catch(function () {
        // the form still works: the server then counts this client more strictly
        widget.input.value = '';
        widget.say('failed');
        return false;
      });
    return widget.ready;
  };

  // a solution left on an open page would expire: solve a fresh challenge a little before
  Widget.prototype.renewBefore = function (expires) {
    var widget = this;
    if (!expires) { return; }
    var delay = expires - Date.now() - 30000;
    if (delay > 0) {
      setTimeout(function () { widget.start(); }, delay);
    }
  };

  Widget.prototype.holdSubmitUntilReady = function () {
    var widget = this;
    if (!widget.form) { return; }
    widget.form.addEventListener('submit', function (event) {
      if (widget.element.getAttribute('data-state') !== 'working' || widget.waitingSubmit) {
        return;
      }
      event.preventDefault();
      var submitter = event.submitter || null;
      widget.waitingSubmit = true;
      widget.ready.then(function () {
        widget.waitingSubmit = null;
        if (typeof widget.form.requestSubmit === 'function') {
          widget.form.requestSubmit(submitter);
        } else {
          widget.form.submit();
        }
      });
    });
  };

  function init() {
    var elements = document.querySelectorAll('[data-proof-of-work]');
    for (var i = 0; i < elements.length; i++) {
      var widget = new Widget(elements[i]);
      if (!widget.input || !widget.status || !widget.url) { continue; }
      if (!window.crypto || !window.crypto.subtle || typeof fetch !== 'function') {
        widget.say('failed');
        continue;
      }
      widget.holdSubmitUntilReady();
      widget.start();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

/**
 * Served as `/assets/hosted.js`. Plain ES2017 so any browser the widget
 * supports runs it; it reads nothing from the URL, and posts only to the
 * origin the server computed from the registered return_url.
 */
export const hostedScript = `'use strict';
(function () {
  var form = document.querySelector('form[data-outcome-form]');
  if (!form) return;
  var status = document.querySelector('[data-status]');
  var done = document.querySelector('[data-done]');
  var buttons = form.querySelectorAll('button');
  var chosen = null;
  var busy = false;
  // Set once the shopper's decision is recorded: leaving the page after that is not a cancel.
  var decided = false;
  var abandonUrl = form.getAttribute('data-abandon-url');
  var closeWithoutMessage = form.hasAttribute('data-close-without-message');

  var CLOSED = /^(flow\\.|token\\.already-saved|invoice\\.already-paid)/;

  function say(text) { if (status) status.textContent = text; }
  function setBusy(on) {
    busy = on;
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }
  function showDone(title) {
    form.hidden = true;
    say('');
    if (!done) return;
    done.hidden = false;
    var heading = done.querySelector('h2');
    if (heading) { heading.textContent = title; heading.focus(); }
  }
  function openerAlive() {
    try { return Boolean(window.opener) && !window.opener.closed; } catch (e) { return false; }
  }
  function deliver(result, outcome) {
    var d = result.delivery;
    decided = true;
    if (closeWithoutMessage && outcome.indexOf('approve') === 0 && openerAlive()) {
      // Sandbox setting: as a shopper who closes the popup right after approving, before any message.
      window.close();
      showDone(result.title);
      return;
    }
    if (d.target_origin && openerAlive()) {
      window.opener.postMessage(JSON.stringify(d.message), d.target_origin);
      window.close();
      showDone(result.title);
      return;
    }
    if (d.redirect_url) { window.location.assign(d.redirect_url); return; }
    showDone(result.title);
  }

  form.addEventListener('click', function (event) {
    var target = event.target;
    if (target && target.closest) {
      var button = target.closest('button[name="outcome"]');
      if (button) chosen = button.value;
    }
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var outcome = (event.submitter && event.submitter.value) || chosen;
    if (busy || !outcome) return;
    setBusy(true);
    say('One moment…');
    fetch(form.getAttribute('action'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      credentials: 'same-origin',
      // Recorded even if the shopper closes the window at once: the widget then reads it from the relay.
      keepalive: true,
      body: JSON.stringify({
        outcome: outcome,
        state: form.elements.namedItem('state').value,
        account: form.elements.namedItem('account') ? form.elements.namedItem('account').value : null
      })
    })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (body && CLOSED.test(body.error_type || '')) {
          // Decided elsewhere, canceled or expired: the page itself says what happened and links back.
          decided = true;
          window.location.reload();
          return;
        }
        if (!body || body.success !== true) throw new Error((body && body.message) || 'Request failed');
        deliver(body, outcome);
      })
      .catch(function (error) {
        setBusy(false);
        say('Something went wrong: ' + error.message + '. Please try again.');
      });
  });

  // Closed or left without a decision: tell the flow relay, so the waiting widget need not guess.
  window.addEventListener('pagehide', function () {
    if (decided || busy || !abandonUrl || !navigator.sendBeacon) return;
    navigator.sendBeacon(abandonUrl);
  });
})();
`;

/**
 * Served as `/assets/session.js`: the checkout-session page on the Paydrop
 * drop-in (`/assets/paydrop.js`, the widget's own script-tag bundle). The
 * shopper picks an APM in the drop-in and goes through its flow; Confirm,
 * enabled once the flow gave a gateway request, posts it with the form. With
 * no drop-in (the bundle failed to load, no JavaScript) the plain form stays.
 * Plain ES2017, reads nothing from the URL.
 */
export const sessionScript = `'use strict';
(function () {
  var host = document.getElementById('paydrop-session');
  var form = document.querySelector('form[data-session-form]');
  if (!host || !form || !window.Paydrop) return;
  var d = host.dataset;
  var confirm = form.querySelector('button[value="confirm"]');
  function hidden(name) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    return input;
  }
  var source = hidden('source');
  var chosen = hidden('gateway_configuration_id');
  var status = document.querySelector('[data-session-status]');
  var list = form.querySelector('fieldset.methods');
  if (list) list.remove();
  // Added only once they hold values: the sandbox refuses an empty field.
  function fill(token, configId) {
    source.value = token;
    chosen.value = configId;
    source.remove();
    chosen.remove();
    if (token) form.append(source);
    if (configId) form.append(chosen);
  }
  host.hidden = false;
  if (confirm) confirm.disabled = true;
  var picked = null;
  var target = d.invoiceId ? { invoiceId: d.invoiceId } : { customerId: d.customerId, tokenId: d.tokenId };
  Paydrop.mount(host, Object.assign(target, {
    client: { projectId: d.projectId, apiUrl: location.origin, locale: d.locale || undefined },
    hideHeading: true,
    onSelect: function (event) { picked = event.config; },
    onToken: function (result) {
      fill(result.token, picked ? picked.id : '');
      if (status) status.textContent = (picked ? picked.gateway.display_name + ' approved. ' : '') + 'Confirm to finish.';
      if (confirm) { confirm.disabled = false; confirm.focus(); }
    },
    onError: function () {
      fill('', '');
      if (confirm) confirm.disabled = true;
    }
  }));
})();
`;

/**
 * The demo merchant's checkout page script: what a merchant writes around the
 * widget. Two jobs, chosen at the top of the payment card: save a payment
 * method (customer + blank token) or pay the order now (invoice). Each asks
 * its own server for the resources, mounts the drop-in, and sends the gateway
 * request token back to the server, which holds the secret key.
 */
import { handleReturn } from '@paydrop/widget';
import { startAccount } from './account.js';
import { $, notice } from './dom.js';
import { type CheckoutFlow, rememberFlow, selectedFlow, showFlow } from './flow-choice.js';
import { startOrders } from './orders.js';
import { payInvoice, showPayCheckout } from './pay-flow.js';
import { wireProviderHabits } from './provider-habits.js';
import { saveToken, showSaveCheckout } from './save-flow.js';
import { rememberMode, remountWidget, selectedMode } from './widget-slot.js';

function showCheckout(flow = selectedFlow()) {
  showFlow(flow);
  return flow === 'pay' ? showPayCheckout() : showSaveCheckout();
}

function wireControls() {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=flow]')) {
    input.addEventListener('change', () => {
      rememberFlow(input.value as CheckoutFlow);
      notice(undefined);
      void showCheckout();
    });
  }
  const mode = selectedMode();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=mode]')) {
    input.checked = input.value === mode;
    input.addEventListener('change', () => {
      rememberMode(input.value);
      void showCheckout();
    });
  }
  void wireProviderHabits();
  $('start-over').addEventListener('click', () => void showCheckout());
  $('new-order').addEventListener('click', () => void showCheckout());
}

async function start() {
  wireControls();
  // Who is signed in decides the customer session the drop-in gets; the orders view follows them live.
  await startAccount();
  void startOrders({ onMethodsChanged: remountWidget });
  // Back from the provider after a full-page redirect (or in a new tab). The
  // provider returns to the bare page, so its parameters say which job it was.
  const returnedFromInvoice = new URLSearchParams(location.search).has('invoice_id');
  const outcome = handleReturn();
  if (outcome.kind === 'none') return showCheckout();
  const flow: CheckoutFlow = returnedFromInvoice ? 'pay' : selectedFlow();
  if (returnedFromInvoice) rememberFlow(flow);
  showFlow(flow);
  if (outcome.delivered === 'broadcast') {
    $('choose').innerHTML = `<h2 tabindex="-1">All done</h2><p class="lead">Your ${
      flow === 'pay' ? 'payment' : 'payment method'
    } was sent to your checkout tab. You can close this tab.</p>`;
    return;
  }
  const { result } = outcome;
  if (result.error) {
    notice(
      result.error.code === 'customer.canceled'
        ? 'You canceled. Choose a payment method to continue.'
        : result.error.message,
    );
    return showCheckout(flow);
  }
  if ('invoiceId' in result) return payInvoice(result);
  return saveToken(result);
}

void start();

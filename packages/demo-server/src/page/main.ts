/**
 * The demo merchant's checkout page script: what a merchant writes around the
 * widget. Two jobs, chosen at the top of the payment card: save a payment
 * method (customer + blank token) or pay the order now (invoice). Each asks
 * its own server for the resources, mounts the drop-in, and sends the gateway
 * request token back to the server, which holds the secret key.
 */
import { startAccount } from './account.js';
import { $, notice } from './dom.js';
import { type CheckoutFlow, rememberFlow, selectedFlow, showFlow } from './flow-choice.js';
import { startOrders } from './orders.js';
import { showPayCheckout } from './pay-flow.js';
import { wireProviderHabits } from './provider-habits.js';
import { showSaveCheckout } from './save-flow.js';
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
  $('start-over').addEventListener('click', () => void showCheckout());
  $('new-order').addEventListener('click', () => void showCheckout());
}

async function start() {
  wireControls();
  // The page's first call starts the merchant session (a cookie); the others wait for it, so a first
  // visit never starts two. Who is signed in decides the customer session the drop-in gets.
  await startAccount();
  void wireProviderHabits();
  // The orders view follows them live.
  void startOrders({ onMethodsChanged: remountWidget });
  // Back from the provider after a full-page redirect (or in a new tab): the drop-in takes the result from
  // the address bar itself, shows it in its own words (the success, or "PayPal declined — try another") and
  // calls the same onToken / onError as a popup flow. The provider returns to the bare page, so its
  // parameters say which job it was.
  const query = new URLSearchParams(location.search);
  if (query.has('invoice_id') && query.has('state')) rememberFlow('pay');
  return showCheckout();
}

void start();

/** The two jobs of the demo page: save a payment method for later, or pay the order now. */
export type CheckoutFlow = 'save' | 'pay';

const flowKey = 'paydrop-demo-flow';

/** `?flow=` wins, then the shopper's last choice; saving is the default. */
export function selectedFlow(): CheckoutFlow {
  const chosen = new URLSearchParams(location.search).get('flow') ?? localStorage.getItem(flowKey);
  return chosen === 'pay' ? 'pay' : 'save';
}

/** Remembers the flow in the address bar (so a reload or a shared link keeps it) and in localStorage. */
export function rememberFlow(flow: CheckoutFlow) {
  localStorage.setItem(flowKey, flow);
  const url = new URL(location.href);
  url.searchParams.set('flow', flow);
  history.replaceState(history.state, '', url);
}

/** Reflects the flow in the switch and the order summary ("Due today", the note). */
export function showFlow(flow: CheckoutFlow) {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=flow]')) {
    input.checked = input.value === flow;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-only]')) {
    el.hidden = el.dataset.only !== flow;
  }
}

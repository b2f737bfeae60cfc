/**
 * The demo merchant's checkout page script: what a merchant writes around the
 * widget. It asks its own server for a customer and blank token, mounts the
 * drop-in, and sends the gateway request token back to be saved.
 */
import { type FlowMode, handleReturn, type PaydropError, type TokenizeSuccess } from '@paydrop/widget';
import { mount } from '@paydrop/widget/ui';

interface Checkout {
  projectId: string;
  apiUrl: string;
  customerId: string;
  tokenId: string;
}
interface SavedToken {
  id: string;
  gateway_configuration_id?: string | null;
  verification_status: string;
  is_chargeable: boolean;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const modeKey = 'paydrop-demo-mode';
let unmount: (() => void) | undefined;
let methodNames = new Map<string, string>();

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined && path !== '/api/checkout' ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!json.success) throw new Error(json.message ?? 'Request failed');
  return json as T;
}

function notice(text: string | undefined) {
  const el = $('notice');
  el.textContent = text ?? '';
  el.hidden = !text;
}

function selectedMode(): FlowMode {
  const fromUrl = new URLSearchParams(location.search).get('mode');
  return (fromUrl ?? localStorage.getItem(modeKey) ?? 'auto') as FlowMode;
}

async function showCheckout() {
  $('saved').hidden = true;
  $('choose').hidden = false;
  const checkout = await api<Checkout>('/api/checkout');
  unmount?.();
  unmount = mount($('paydrop'), {
    client: { projectId: checkout.projectId, apiUrl: checkout.apiUrl },
    customerId: checkout.customerId,
    tokenId: checkout.tokenId,
    mode: selectedMode(),
    onToken: (result) => void save(result as TokenizeSuccess),
    onError: (error: PaydropError) => {
      if (error.code === 'customer.canceled') notice(undefined);
    },
  });
  void rememberMethodNames(checkout);
}

/** Display names for the saved-token panel; the widget has the same list cached. */
async function rememberMethodNames(checkout: Checkout) {
  const url = `${checkout.apiUrl}/gateway-configurations?filter=alternative-payment-methods`;
  const response = await fetch(url, {
    headers: { authorization: `Basic ${btoa(`${checkout.projectId}:`)}` },
  });
  const json = (await response.json()) as {
    gateway_configurations?: { id: string; gateway: { display_name: string } }[];
  };
  methodNames = new Map((json.gateway_configurations ?? []).map((c) => [c.id, c.gateway.display_name]));
}

async function save(result: TokenizeSuccess) {
  notice(undefined);
  try {
    const { token } = await api<{ token: SavedToken }>('/api/tokens/save', result);
    unmount?.();
    unmount = undefined;
    showSaved(token);
    if (token.verification_status === 'pending') void pollVerification();
  } catch (error) {
    notice(`We couldn't save that payment method: ${(error as Error).message}. Please choose again.`);
    await showCheckout();
  }
}

function showSaved(token: SavedToken) {
  $('choose').hidden = true;
  $('saved').hidden = false;
  $('saved-method').textContent =
    methodNames.get(token.gateway_configuration_id ?? '') ?? token.gateway_configuration_id ?? '';
  $('saved-token-id').textContent = token.id;
  const verification = $('saved-verification');
  verification.textContent = token.verification_status;
  verification.className = `pill ${token.verification_status}`;
  const chargeable = $('saved-chargeable');
  chargeable.textContent = token.is_chargeable ? 'yes' : 'not yet';
  chargeable.className = `pill ${token.is_chargeable ? 'yes' : 'no'}`;
  $('saved-title').focus();
}

async function pollVerification() {
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { token } = await api<{ token: SavedToken }>('/api/tokens/current');
    showSaved(token);
    if (token.verification_status !== 'pending') return;
  }
}

function wireModeSwitch() {
  const mode = selectedMode();
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name=mode]')) {
    input.checked = input.value === mode;
    input.addEventListener('change', () => {
      localStorage.setItem(modeKey, input.value);
      void showCheckout();
    });
  }
  $('start-over').addEventListener('click', () => void showCheckout());
}

async function start() {
  wireModeSwitch();
  // Back from the provider after a full-page redirect (or in a new tab).
  const outcome = handleReturn();
  if (outcome.kind === 'result') {
    if (outcome.delivered === 'broadcast') {
      $('choose').innerHTML =
        '<h2 tabindex="-1">All done</h2><p class="lead">Your payment method was sent to your checkout tab. You can close this tab.</p>';
      return;
    }
    if (outcome.result.error) {
      notice(
        outcome.result.error.code === 'customer.canceled'
          ? 'You canceled. Choose a payment method to continue.'
          : outcome.result.error.message,
      );
    } else if ('tokenId' in outcome.result) {
      await rememberMethodNames(await api<Checkout>('/api/checkout'));
      await save(outcome.result);
      return;
    }
  }
  await showCheckout();
}

void start();

/**
 * "Save a payment method": a customer and blank token from the merchant
 * server, the drop-in fills the token, the server saves it with the secret key.
 */
import type { PaydropError, TokenizeSuccess } from '@paydrop/widget';
import { $, notice, pill, showPanel } from './dom.js';
import { type Checkout, merchant, type SavedToken } from './merchant-api.js';
import { methodName } from './method-names.js';
import { beginCheckout, mountWidget, unmountWidget } from './widget-slot.js';
import { verificationWords } from './words.js';

export async function showSaveCheckout() {
  const current = beginCheckout();
  showPanel('choose');
  const checkout = await merchant.post<Checkout>('/api/checkout');
  if (!current()) return;
  mountWidget({
    client: { projectId: checkout.projectId, apiUrl: checkout.apiUrl },
    customerId: checkout.customerId,
    tokenId: checkout.tokenId,
    onToken: (result) => void saveToken(result as TokenizeSuccess),
    // The drop-in shows its own notice for a failure; ours would repeat or contradict it. A return it
    // cannot match to a flow of this browser names no method, so the page says what happened.
    onError: (error: PaydropError) =>
      notice(error.code === 'return.state-mismatch' ? error.message : undefined),
  });
}

export async function saveToken(result: TokenizeSuccess) {
  notice(undefined);
  // A saved method chosen in the drop-in: nothing to save, it is the shopper's already.
  if (result.token.startsWith('tok_')) {
    const { tokens } = await merchant.get<{ tokens: SavedToken[] }>('/api/saved-methods');
    const chosen = tokens.find((token) => token.id === result.token);
    unmountWidget();
    if (chosen) await showSaved(chosen);
    return;
  }
  try {
    const { token } = await merchant.post<{ token: SavedToken }>('/api/tokens/save', result);
    unmountWidget();
    await showSaved(token);
    if (token.verification_status === 'pending') void pollVerification();
  } catch (error) {
    notice(`We couldn't save that payment method: ${(error as Error).message}. Please choose again.`);
    await showSaveCheckout();
  }
}

/** The panel says what the verification says: a green tick only once the method is verified. */
const VERIFICATION_VIEWS: Record<string, { tone: string; title: string; badge: string }> = {
  success: { tone: 'success', title: 'Payment method saved', badge: '✓' },
  pending: { tone: 'pending', title: 'Payment method saved, being verified', badge: '…' },
  failed: { tone: 'failed', title: 'Payment method saved but not verified: choose another', badge: '✕' },
};

async function showSaved(token: SavedToken) {
  const view = VERIFICATION_VIEWS[token.verification_status] ?? VERIFICATION_VIEWS.pending;
  $('saved-title').textContent = view?.title ?? '';
  $('saved-check').textContent = view?.badge ?? '';
  $('saved-check').className = `check ${view?.tone}`;
  $('saved-method').textContent = await methodName(token.gateway_configuration_id);
  $('saved-token-id').textContent = token.id;
  const status = token.verification_status;
  pill('saved-verification', status, verificationWords(status), status);
  const chargeable = token.is_chargeable ? 'yes' : 'no';
  pill('saved-chargeable', chargeable, token.is_chargeable ? 'Yes' : 'Not yet', chargeable);
  if ($('saved').hidden) {
    showPanel('saved');
    $('saved-title').focus();
  }
}

async function pollVerification() {
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { token } = await merchant.get<{ token: SavedToken }>('/api/tokens/current');
    await showSaved(token);
    if (token.verification_status !== 'pending') return;
  }
}

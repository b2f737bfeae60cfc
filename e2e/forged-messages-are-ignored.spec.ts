import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';
import { DEMO_PORT, DEMO_URL, SANDBOX_URL } from './playwright.config.js';

/** A well-formed result message, as the provider page posts it, with a token the sandbox never minted. */
const forged = (state: string) =>
  JSON.stringify({
    namespace: 'processout.checkout',
    action: 'success',
    data: 'gway_req_forged000000000000000000000000',
    state,
  });

/**
 * Listens (from now on) for the demo page's next message event; the returned promise resolves with its
 * origin once every listener, the widget's (registered earlier) included, has run.
 */
async function nextMessage(page: Page): Promise<() => Promise<string>> {
  const handle = await page.evaluateHandle(() => ({
    origin: new Promise<string>((resolve) => {
      addEventListener('message', (event) => resolve(event.origin), { once: true });
    }),
  }));
  return () => handle.evaluate((h) => h.origin);
}

async function frameAt(page: Page, url: string): Promise<Frame> {
  const handle = await page.evaluateHandle((src) => {
    const iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = 'sender';
    document.body.append(iframe);
    return new Promise<HTMLIFrameElement>((resolve) =>
      iframe.addEventListener('load', () => resolve(iframe)),
    );
  }, url);
  const frame = await handle.asElement()?.contentFrame();
  if (!frame) throw new Error(`no frame for ${url}`);
  return frame;
}

test('ignores forged results and still completes with the real one', async ({ checkout, sandbox, page }) => {
  await checkout.goto('popup');
  const popup = await checkout.choose('PayPal');
  await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
  // The forgers get the real state, so only the origin and source checks stand in their way.
  const state = new URL(popup.url()).searchParams.get('state') ?? '';
  expect(state).not.toBe('');

  const stillWaiting = async (sender: string) => {
    await expect(checkout.waiting('PayPal'), sender).toBeVisible();
    expect(popup.isClosed(), `${sender}: the widget closed the popup`).toBe(false);
    await expect(checkout.saved).toBeHidden();
  };

  // 1. Another origin: an evil.test frame inside the demo page.
  const evil = await frameAt(page, `http://evil.test:${DEMO_PORT}/e2e/pages/blank.html`);
  let seen = await nextMessage(page);
  await evil.evaluate(([message, origin]) => window.parent.postMessage(message, origin), [
    forged(state),
    DEMO_URL,
  ] as const);
  expect(await seen()).toBe(`http://evil.test:${DEMO_PORT}`);
  await stillWaiting('evil.test frame');

  // 2. The checkout origin, but not the window the widget opened: a sandbox document in a frame.
  const lookalike = await frameAt(page, `${SANDBOX_URL}/assets/hosted.css`);
  seen = await nextMessage(page);
  await lookalike.evaluate(([message, origin]) => window.parent.postMessage(message, origin), [
    forged(state),
    DEMO_URL,
  ] as const);
  expect(await seen()).toBe(SANDBOX_URL);
  await stillWaiting('sandbox-origin frame');

  // 3. The real popup, with the wrong state.
  seen = await nextMessage(page);
  await popup.evaluate(([message, origin]) => window.opener.postMessage(message, origin), [
    forged('wrong-state-0123456789'),
    DEMO_URL,
  ] as const);
  expect(await seen()).toBe(SANDBOX_URL);
  await stillWaiting('popup with a wrong state');

  // The real decision still goes through.
  await decideAndClose(popup, 'Approve');
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  const { id, customer_id } = await checkout.merchantToken();
  expect(await sandbox.token(customer_id, id)).toMatchObject({ type: 'gateway_token', is_chargeable: true });
});

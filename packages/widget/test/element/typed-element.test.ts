import { afterEach, expect, test } from 'vitest';
import { defineCustomElement } from '../../src/element/index.js';

afterEach(() => {
  document.body.innerHTML = '';
});

// Type-checked by `tsc` (the widget's typecheck includes test/): without the
// HTMLElementTagNameMap entry, `detail` would be `any` and `.token` unchecked.
test('querySelector knows <paydrop-checkout> and its events carry typed details', () => {
  defineCustomElement();
  document.body.innerHTML = '<paydrop-checkout project-id="test-proj_x"></paydrop-checkout>';
  const element = document.querySelector('paydrop-checkout');
  let token: string | undefined;
  let code: string | undefined;
  element?.addEventListener('paydrop-token', (event) => {
    token = event.detail.token;
  });
  element?.addEventListener('paydrop-error', (event) => {
    code = event.detail.code;
  });
  element?.dispatchEvent(new CustomEvent('paydrop-token', { detail: { token: 'gway_req_1' } }));
  element?.dispatchEvent(new CustomEvent('paydrop-error', { detail: { code: 'customer.canceled' } }));
  expect([token, code]).toEqual(['gway_req_1', 'customer.canceled']);
});

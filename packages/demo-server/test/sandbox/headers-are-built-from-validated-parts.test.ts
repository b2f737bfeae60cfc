import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspSourceOf, webOriginOf, withParams } from '../../src/sandbox/domain/registered-url.js';
import { buildDelivery } from '../../src/sandbox/hosted/delivery.js';
import { sessionPageCsp } from '../../src/sandbox/hosted/session-page-html.js';
import { sessionRedirect } from '../../src/sandbox/services/checkout-session-closing.js';
import { startSandbox, type TestSandbox } from './helpers.js';

/** What a stored URL from before strict hosts could hold; headers must never carry it. */
const injected = 'https://shop.example;frame-ancestors http://evil.example/done';
const directives = (csp: string) => csp.split(';').map((d) => d.trim().split(/\s+/)[0]);

describe('headers built from registered URLs', () => {
  it("the checkout-session page's CSP names only validated origins", () => {
    const csp = sessionPageCsp(['https://shop.example/done', injected, 'yourapp://return']);
    expect(csp).toContain("form-action 'self' https://shop.example yourapp:");
    expect(csp).not.toContain('evil.example');
    expect(directives(csp).filter((d) => d === 'frame-ancestors')).toHaveLength(1);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('a redirect is never built from a URL that fails the check', () => {
    expect(() => sessionRedirect(injected, 'cs_1')).toThrow(/not a valid/);
    expect(sessionRedirect('https://shop.example/done?cart=42', 'cs_1')).toBe(
      'https://shop.example/done?cart=42&checkout_session_id=cs_1',
    );
  });

  it('the hosted page delivers nowhere for a return URL that fails the check', () => {
    const delivery = buildDelivery({
      outcome: 'approve',
      gatewayRequestId: 'gway_req_1',
      state: 's',
      returnUrl: injected,
      target: { kind: 'invoice', invoiceId: 'iv_1' },
    });
    expect(delivery.target_origin).toBeNull();
    expect(delivery.redirect_url).toBeNull();
  });

  it('each part comes from the parser, never the stored text', () => {
    expect(cspSourceOf('https://Shop.Example:443/x')).toBe('https://shop.example');
    expect(webOriginOf('yourapp://return')).toBeUndefined();
    expect(withParams('https://shop.example/a"b?x=<1>', { state: '<s>\r\n' })).toBe(
      'https://shop.example/a%22b?x=%3C1%3E&state=%3Cs%3E%0D%0A',
    );
    expect(withParams('https://shop.example/a b', {})).toBeUndefined();
  });
});

describe('CORS on public calls', () => {
  let t: TestSandbox;
  beforeAll(async () => {
    t = await startSandbox();
  });
  afterAll(() => t.close());

  const preflight = (origin: string) =>
    fetch(`${t.url}/gateway-configurations`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });

  it('reflects a well-formed origin', async () => {
    const res = await preflight('https://shop.example:8443');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://shop.example:8443');
  });

  it('reflects nothing that is not a well-formed origin', async () => {
    for (const origin of [
      'https://shop.example;x',
      'null',
      '*',
      'https://shop.example/path',
      'javascript:1',
    ]) {
      const res = await preflight(origin);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });
});

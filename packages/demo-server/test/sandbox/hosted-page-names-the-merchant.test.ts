import { afterEach, describe, expect, it } from 'vitest';
import { configId, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox | undefined;
afterEach(() => t?.close());

describe('hosted page wording and colours', () => {
  it("names the merchant's own project and writes the amount one way, as the headline does", async () => {
    t = await startSandbox({ projectName: 'Northwind Coffee' });
    const invoice = (
      await t.api('POST', '/invoices', {
        name: 'Order 1',
        amount: '24.00',
        currency: 'EUR',
        return_url: 'https://shop.example/',
      })
    ).body.invoice as { id: string };
    const res = await fetch(
      `${t.url}/checkout/${t.project.id}/${invoice.id}/redirect/${await configId(t)}?state=abc_1`,
    );
    const html = await res.text();
    expect(html).toContain('Pay €24.00');
    expect(html).toContain('Order 1: €24.00 to Northwind Coffee.');
    expect(html).not.toContain('24.00 EUR');
    expect(html).not.toContain('Paydrop Demo Store');
  });

  it('stays light, as the merchant page does, whatever the OS prefers', async () => {
    t = await startSandbox();
    const css = await (await fetch(`${t.url}/assets/hosted.css`)).text();
    expect(css).toContain('color-scheme: light;');
    expect(css).not.toContain('prefers-color-scheme');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic } from './helpers.js';
import { type SandboxProcess, startSandboxProcess } from './sandbox-process.js';
import { parseCurl, seedCurls, sendCurl } from './seed-curl.js';

/** The seeds' example credentials, given to the sandbox the way `pnpm dev` does: through the environment. */
const PAYDROP_PROJECT_ID = 'test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x';
const PAYDROP_PROJECT_SECRET = 'key_sandbox_mah31RDFqcDxmaS7MvhDbJfDJvjtsFTB';
const SEED_CUSTOMER = 'cust_WtaVdUjAGpOlbLiYWYXBR67whr91Rlks';
const SEED_TOKEN = 'tok_fKK4btSG7wd13ZZaevzhMcuNbpjcu1Zy';
const SEED_GATEWAY_REQUEST = 'gway_req_V2UncmUgaGlyaW5nIQ==';

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess({ PAYDROP_PROJECT_ID, PAYDROP_PROJECT_SECRET, PAYDROP_DB: ':memory:' });
}, 20_000);
afterAll(() => sandbox.kill());

const replay = (sample: string, replace?: Record<string, string>) =>
  sendCurl(parseCurl(sample), sandbox.url, replace);

/** "Approve" on the token's hosted page, as the widget's popup would click it. */
async function approveOnHostedPage(customerId: string, tokenId: string): Promise<string> {
  const configs = (await fetch(`${sandbox.url}/gateway-configurations?filter=alternative-payment-methods`, {
    headers: { authorization: basic(PAYDROP_PROJECT_ID, '') },
  }).then((r) => r.json())) as { gateway_configurations: Array<{ id: string }> };
  const page = `/checkout/${PAYDROP_PROJECT_ID}/${customerId}/${tokenId}/redirect/${configs.gateway_configurations[0]?.id}`;
  const outcome = (await fetch(`${sandbox.url}${page}/outcome`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'approve', state: 's' }),
  }).then((r) => r.json())) as { delivery: { message: { data: string } } };
  return outcome.delivery.message.data;
}

describe('the seeds’ curl samples, replayed as written against the sandbox process', () => {
  it('serves the project named by PAYDROP_PROJECT_ID and PAYDROP_PROJECT_SECRET', () => {
    expect(sandbox.output()).toContain(`project ID:      ${PAYDROP_PROJECT_ID}`);
    expect(sandbox.output()).toContain(`project secret:  ${PAYDROP_PROJECT_SECRET}`);
  });

  it('creates the customer, keeping the last of the two return_url values (the mobile one)', async () => {
    const res = await replay(seedCurls.createCustomer);
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({
      first_name: 'John',
      last_name: 'Smith',
      currency: 'USD',
      return_url: 'yourapp://processout.return',
    });
  });

  it('creates the blank token, then saves it with a gateway request from the hosted page', async () => {
    const customerId = String((await replay(seedCurls.createCustomer)).body.customer?.id);
    const created = await replay(seedCurls.createToken, { [SEED_CUSTOMER]: customerId });
    expect(created.status).toBe(200);
    expect(created.body.token).toMatchObject({
      type: 'pending',
      return_url: 'yourapp://processout.return',
      verification_status: 'not-requested',
    });
    const ids = { [SEED_CUSTOMER]: customerId, [SEED_TOKEN]: String(created.body.token?.id) };

    const literal = await replay(seedCurls.saveToken, ids);
    expect(literal.status).toBe(404);
    expect(literal.body).toMatchObject({ error_type: 'resource.not-found' });

    const source = await approveOnHostedPage(customerId, String(created.body.token?.id));
    const saved = await replay(seedCurls.saveToken, { ...ids, [SEED_GATEWAY_REQUEST]: source });
    expect(saved.status).toBe(200);
    // The token asked to verify (`-d verify=true` at creation), so the save reports it verified.
    expect(saved.body.token).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
      verification_status: 'success',
    });
  });

  it('creates the APM invoice, POSTed because the sample sends -d without -X', async () => {
    const call = parseCurl(seedCurls.createInvoice);
    expect(call.method).toBe('POST');
    const res = await sendCurl(call, sandbox.url);
    expect(res.status).toBe(200);
    expect(res.body.invoice).toMatchObject({
      name: 'Amazing item',
      amount: '9.99',
      currency: 'USD',
      return_url: 'your.application.id://processout/return',
    });
  });

  it('reads metadata[key]=value form fields', async () => {
    const res = await fetch(`${sandbox.url}/customers`, {
      method: 'POST',
      headers: {
        authorization: basic(PAYDROP_PROJECT_ID, PAYDROP_PROJECT_SECRET),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'metadata[plan]=pro&metadata[seat]=3',
    });
    expect(((await res.json()) as { customer: { metadata: unknown } }).customer.metadata).toEqual({
      plan: 'pro',
      seat: '3',
    });
  });
});

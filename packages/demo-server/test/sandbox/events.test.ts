import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approvedGatewayRequest,
  configId,
  createCustomerAndToken,
  decide,
  eventually,
  startSandbox,
  type TestSandbox,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

type Event = { id: string; type: string; data: Record<string, Record<string, unknown>> };

async function eventOf(type: string, resource: 'token' | 'invoice', id: string): Promise<Event | undefined> {
  const list = (await t.api('GET', '/events')).body as unknown as { events: Event[] };
  return list.events.find((e) => e.type === type && e.data[resource]?.id === id);
}

const waitFor = (type: string, resource: 'token' | 'invoice', id: string) =>
  eventually(() => eventOf(type, resource, id));

async function invoicePaidWith(gateway: string, outcome: string, currency = 'EUR') {
  const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency })).body.invoice;
  const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t, gateway)}`;
  const source = (await decide(t, page, outcome)).body.delivery.message.data;
  await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
  return iv.id;
}

describe('events', () => {
  it('announces token.deleted with the token as it was', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    await t.api('DELETE', `/customers/${customer.id}/tokens/${token.id}`);
    const event = await eventOf('token.deleted', 'token', token.id);
    expect(event?.data.token).toMatchObject({ id: token.id, customer_id: customer.id });
    expect((await t.api('GET', `/events/${event?.id}`)).body.event).toMatchObject({ type: 'token.deleted' });
  });

  it('announces token.verification_failed when an asynchronous verification fails', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(
      t,
      'approve-async',
      'bancontact',
    );
    await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: gatewayRequest });
    const event = await waitFor('token.verification_failed', 'token', token.id);
    expect(event.data.token).toMatchObject({ verification_status: 'failed', is_chargeable: false });
  });

  it('announces transaction.voided', async () => {
    const id = await invoicePaidWith('paypal', 'approve');
    await t.api('POST', `/invoices/${id}/void`);
    expect((await eventOf('transaction.voided', 'invoice', id))?.data.invoice).toMatchObject({
      status: 'voided',
    });
  });

  it('announces transaction.failed when an asynchronous payment fails to settle', async () => {
    const id = await invoicePaidWith('bancontact', 'approve-async');
    const event = await waitFor('transaction.failed', 'invoice', id);
    expect(event.data.invoice).toMatchObject({ status: 'failed' });
    expect((await t.api('GET', `/invoices/${id}`)).body.invoice.status).toBe('failed');
  });
});

/**
 * The pieces the webhook fault tests share: a sandbox whose webhooks reach the
 * merchant server through a gate the test can take down, or make lose the
 * merchant's answer (as a merchant that crashed after its commit would), and
 * a merchant server on a database file it can restart on.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createMerchantApp } from '../../src/merchant/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { eventually } from '../sandbox/helpers.js';

export interface Answer {
  eventId: string;
  status: number;
  duplicate: boolean | undefined;
  /** Which merchant process answered: 1 before a restart, 2 after. */
  merchant: number;
}

type Server = ReturnType<typeof serve>;

export async function startWebhookFaults(merchantDb: string) {
  let gate: Server | undefined;
  let port = 0;
  let loseAnswers = false;
  const answers: Answer[] = [];
  let merchantRun = 0;
  let merchant: ReturnType<typeof createMerchantApp> | undefined;

  const forward = async (request: Request): Promise<Response> => {
    if (!merchant) return new Response('down', { status: 503 });
    const response = await merchant.app.fetch(request);
    const body = (await response.clone().json()) as { duplicate?: boolean };
    const eventId = request.headers.get('paydrop-event-id') ?? '';
    answers.push({ eventId, status: response.status, duplicate: body.duplicate, merchant: merchantRun });
    return loseAnswers ? new Response('the answer was lost', { status: 502 }) : response;
  };

  /** Listens (again, on the same port once it has one); down, connections are refused. */
  const up = () =>
    new Promise<void>((resolve) => {
      gate = serve({ fetch: forward, port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
        port = info.port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      gate?.close(() => resolve());
      if (gate && 'closeAllConnections' in gate) gate.closeAllConnections();
      gate = undefined;
    });
  await up();

  const sandbox = createSandbox({
    dbPath: ':memory:',
    asyncVerifyDelayMs: 30,
    // 1 s in production: a minute's outage is six failed attempts (1 + 2 + … + 32 s); here those take about 1.3 s.
    webhookRetryBaseMs: 20,
    webhookUrl: `http://127.0.0.1:${port}/api/webhooks`,
  });
  const api = await sandbox.listen(0);
  const startMerchant = () => {
    merchant?.close();
    merchantRun += 1;
    merchant = createMerchantApp({
      sandboxApiUrl: api.url,
      sandboxPublicUrl: api.url,
      projectId: sandbox.project.id,
      secret: sandbox.project.secret,
      returnUrl: 'http://shop.example/checkout',
      dbPath: merchantDb,
    });
  };
  startMerchant();
  const secret = `Basic ${Buffer.from(`${sandbox.project.id}:${sandbox.project.secret}`).toString('base64')}`;

  async function sandboxGet(path: string) {
    const response = await fetch(`${api.url}${path}`, { headers: { authorization: secret } });
    return (await response.json()) as Record<string, unknown>;
  }

  /** A shopper saves a method whose verification ends later: one `token.verified` webhook each. */
  async function saveVerifiedLater(): Promise<string> {
    let cookie = '';
    const call = async (path: string, body?: object) => {
      const response = await (merchant as NonNullable<typeof merchant>).app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body ?? {}),
      });
      cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
      return (await response.json()) as Record<string, string>;
    };
    const { customerId = '', tokenId = '' } = await call('/api/checkout');
    const list = (await (
      await fetch(
        `${api.url}/gateway-configurations?filter=alternative-payment-methods&project_id=${sandbox.project.id}`,
      )
    ).json()) as { gateway_configurations: Array<{ id: string; gateway: { name: string } }> };
    const paypal = list.gateway_configurations.find((c) => c.gateway.name === 'paypal')?.id;
    const page = `${api.url}/checkout/${sandbox.project.id}/${customerId}/${tokenId}/redirect/${paypal}/outcome`;
    const decided = await fetch(page, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome: 'approve-async', state: `fault-${tokenId.slice(4, 16)}` }),
    });
    const token = ((await decided.json()) as { delivery: { message: { data: string } } }).delivery.message
      .data;
    await call('/api/tokens/save', { customerId, tokenId, token });
    return tokenId;
  }

  /** The sandbox's events of one type, with their deliveries, read with the secret key. */
  async function events(type: string) {
    const list = ((await sandboxGet('/events')).events ?? []) as Array<{ id: string; type: string }>;
    const ids = list.filter((e) => e.type === type).map((e) => e.id);
    return Promise.all(
      ids.map(async (id) => {
        const event = (await sandboxGet(`/events/${id}`)).event as {
          webhook_deliveries: Array<{ status: string; attempts: number }>;
        };
        return { id, deliveries: event.webhook_deliveries };
      }),
    );
  }

  /** Waits until `count` events of `type` exist and every delivery of each satisfies `done`. */
  const until = (type: string, count: number, done: (d: { status: string; attempts: number }) => boolean) =>
    eventually(async () => {
      const list = await events(type);
      const ready =
        list.length === count && list.every((e) => e.deliveries.length > 0 && e.deliveries.every(done));
      return ready ? list : undefined;
    }, 30_000);

  return {
    answers,
    up,
    down,
    /** While set, the merchant processes each delivery but the sandbox gets a 502, as after a crash mid-answer. */
    set loseAnswers(value: boolean) {
      loseAnswers = value;
    },
    get merchant() {
      return merchant as NonNullable<typeof merchant>;
    },
    restartMerchant: startMerchant,
    saveVerifiedLater,
    until,
    close: async () => {
      await down();
      merchant?.close();
      await api.close();
      await sandbox.close();
    },
  };
}

/** Each event's answers that were a first processing (not a duplicate): exactly one each means processed once. */
export function firstProcessings(answers: Answer[], eventIds: string[]): Record<string, number> {
  return Object.fromEntries(
    eventIds.map((id) => [id, answers.filter((a) => a.eventId === id && a.duplicate === false).length]),
  );
}

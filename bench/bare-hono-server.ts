/**
 * The baseline: bare Hono on @hono/node-server, no middleware, answering the
 * same routes with bodies of the same size as the sandbox's. Run as its own
 * process, as the sandbox is, so both get one core the same way.
 *   tsx bench/bare-hono-server.ts <token-json> <configurations-json>
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [tokenBody = '{}', configsBody = '{}'] = process.argv.slice(2);
const app = new Hono();
app.put('/customers/:customerId/tokens/:tokenId', async (c) => {
  await c.req.text();
  c.header('content-type', 'application/json');
  return c.body(tokenBody);
});
app.get('/gateway-configurations', (c) => {
  c.header('content-type', 'application/json');
  return c.body(configsBody);
});

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port}`);
});

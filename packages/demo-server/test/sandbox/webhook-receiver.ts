import { createServer, type Server } from 'node:http';

export interface Delivery {
  at: number;
  signature: string;
  body: string;
}

/** A webhook receiver that answers with the statuses it is given, in order, then 200. */
export async function receiver(statuses: number[] = []) {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      deliveries.push({ at: Date.now(), signature: String(req.headers['paydrop-signature']), body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    deliveries,
    close: () => new Promise((r) => server.close(r)),
  };
}

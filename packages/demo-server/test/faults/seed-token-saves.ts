/**
 * Writes straight into a sandbox database what N token saves need (a
 * customer, a blank token and an approved `gway_req_…` bound to both), so a
 * load run or a fault test measures the saves alone, not the set-up (the
 * bench imports it too).
 */
import { newId } from '../../src/sandbox/ids.js';
import { ensureProject } from '../../src/sandbox/services/bootstrap.js';
import { GATEWAY_REQUEST_TTL_MS } from '../../src/sandbox/services/gateway-requests.js';
import { newBlankToken, newCustomer } from '../../src/sandbox/services/new-resources.js';
import { createStore } from '../../src/sandbox/store/index.js';

export interface PendingSave {
  customerId: string;
  tokenId: string;
  source: string;
}

const noFields = { last_name: undefined, email: undefined, return_url: undefined, metadata: undefined };

export function seedTokenSaves(
  dbPath: string,
  project: { id: string; secret: string },
  count: number,
): PendingSave[] {
  const store = createStore(dbPath);
  const now = Date.now();
  ensureProject(store, { projectId: project.id, projectSecret: project.secret }, now);
  const paypal = store.projects.gatewayConfigurations(project.id).find((c) => c.gateway === 'paypal');
  if (!paypal) throw new Error('no PayPal configuration to approve with');
  const saves: PendingSave[] = [];
  store.transaction(() => {
    for (let i = 0; i < count; i++) {
      const customer = newCustomer(
        project.id,
        { ...noFields, first_name: `Load ${i}`, currency: 'EUR' },
        now,
      );
      const token = newBlankToken(project.id, customer.id, { returnUrl: 'https://shop.example/' }, now);
      const source = newId('gway_req');
      store.customers.insert(customer);
      store.tokens.insert(token);
      store.gatewayRequests.insert(
        {
          id: source,
          projectId: project.id,
          gatewayConfigurationId: paypal.id,
          customerId: customer.id,
          tokenId: token.id,
          invoiceId: null,
          outcome: 'approve',
          account: `load-${i}@example.com`,
          expiresAt: now + GATEWAY_REQUEST_TTL_MS,
          usedAt: null,
        },
        new Date(now).toISOString(),
      );
      saves.push({ customerId: customer.id, tokenId: token.id, source });
    }
  });
  store.close();
  return saves;
}

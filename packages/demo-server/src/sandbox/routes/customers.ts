import { Hono } from 'hono';
import { customerJson } from '../domain/serializers.js';
import { readBody } from '../http/body.js';
import { customerFields } from '../http/customer-fields.js';
import type { SandboxEnv } from '../http/env.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';
import { customerOr404 } from '../services/lookups.js';
import { newCustomer } from '../services/new-resources.js';

export function customerRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();

  routes.post('/customers', deps.auth.secret, deps.idempotent, async (c) => {
    const input = parseWith(customerFields, await readBody(c));
    const customer = newCustomer(c.get('auth').project.id, input, deps.now());
    deps.store.customers.insert(customer);
    return c.json({ success: true, customer: customerJson(customer) }, 200);
  });

  routes.get('/customers/:customerId', deps.auth.secret, (c) => {
    const customer = customerOr404(deps, c.get('auth').project.id, c.req.param('customerId'));
    return c.json({ success: true, customer: customerJson(customer) });
  });

  return routes;
}

import { Hono } from 'hono';
import { z } from 'zod';
import { customerJson } from '../domain/serializers.js';
import type { Customer } from '../domain/types.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { currencyField, emailField, metadataField, text, urlField } from '../http/fields.js';
import { parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import type { Deps } from '../services/deps.js';
import { customerOr404 } from '../services/lookups.js';

const createCustomer = z.object({
  first_name: text(),
  last_name: text(),
  email: emailField(),
  currency: currencyField().nullish(),
  return_url: urlField(),
  metadata: metadataField(),
});

export function customerRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();

  routes.post('/customers', deps.auth.secret, deps.idempotent, async (c) => {
    const input = parseWith(createCustomer, await readBody(c));
    const customer: Customer = {
      id: newId('cust'),
      projectId: c.get('auth').project.id,
      firstName: input.first_name ?? null,
      lastName: input.last_name ?? null,
      email: input.email ?? null,
      currency: input.currency ?? null,
      returnUrl: input.return_url ?? null,
      metadata: input.metadata ?? {},
      createdAt: new Date(deps.now()).toISOString(),
    };
    deps.store.customers.insert(customer);
    return c.json({ success: true, customer: customerJson(customer) }, 200);
  });

  routes.get('/customers/:customerId', deps.auth.secret, (c) => {
    const customer = customerOr404(deps, c.get('auth').project.id, c.req.param('customerId'));
    return c.json({ success: true, customer: customerJson(customer) });
  });

  return routes;
}

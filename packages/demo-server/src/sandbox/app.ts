import { Hono } from 'hono';
import { ApiError } from './http/api-error.js';
import { acknowledgeAfterCommit } from './http/durable-ack.js';
import type { SandboxEnv } from './http/env.js';
import { assetRoutes } from './routes/assets.js';
import { checkoutSessionPageRoutes } from './routes/checkout-session-pages.js';
import { checkoutSessionRoutes } from './routes/checkout-sessions.js';
import { customerRoutes } from './routes/customers.js';
import { eventRoutes } from './routes/events.js';
import { flowRelayRoutes } from './routes/flow-relay.js';
import { gatewayConfigurationRoutes } from './routes/gateway-configurations.js';
import { hostedPageSettingsRoutes } from './routes/hosted-page-settings.js';
import { hostedPageRoutes } from './routes/hosted-pages.js';
import { invoiceRoutes } from './routes/invoices.js';
import { refundRoutes } from './routes/refunds.js';
import { sessionRoutes } from './routes/sessions.js';
import { simulationRoutes } from './routes/simulations.js';
import { tokenRoutes } from './routes/tokens.js';
import { transactionRoutes } from './routes/transactions.js';
import type { Deps } from './services/deps.js';

export function createApp(deps: Deps): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  // First, so it wraps everything below, the idempotency record written after a handler included.
  app.use('*', acknowledgeAfterCommit(deps.store));

  // Bodies are limited where they are read (http/body.ts), so requests without one pay nothing for it.

  app.route('/', assetRoutes());
  app.route('/', customerRoutes(deps));
  app.route('/', tokenRoutes(deps));
  app.route('/', gatewayConfigurationRoutes(deps));
  app.route('/', flowRelayRoutes(deps));
  app.route('/', hostedPageRoutes(deps));
  app.route('/', hostedPageSettingsRoutes(deps));
  app.route('/', invoiceRoutes(deps));
  app.route('/', refundRoutes(deps));
  app.route('/', transactionRoutes(deps));
  app.route('/', eventRoutes(deps));
  app.route('/', sessionRoutes(deps));
  app.route('/', simulationRoutes(deps));
  app.route('/', checkoutSessionRoutes(deps));
  app.route('/', checkoutSessionPageRoutes(deps));

  app.notFound((c) =>
    c.json({ success: false, error_type: 'resource.not-found', message: 'No such endpoint' }, 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      const body = {
        success: false as const,
        error_type: error.errorType,
        message: error.message,
        ...(error.invalidFields ? { invalid_fields: error.invalidFields } : {}),
      };
      return c.json(body, error.status);
    }
    console.error('[sandbox] unexpected error', error);
    return c.json({ success: false, error_type: 'sandbox.internal', message: 'Internal sandbox error' }, 500);
  });
  return app;
}

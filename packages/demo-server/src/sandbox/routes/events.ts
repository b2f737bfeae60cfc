import { Hono } from 'hono';
import { eventJson, webhookDeliveryJson } from '../domain/serializers.js';
import type { SandboxEvent } from '../domain/types.js';
import { notFound } from '../http/api-error.js';
import type { SandboxEnv } from '../http/env.js';
import type { Deps } from '../services/deps.js';
import { redeliverEvent } from '../services/webhook-redelivery.js';

/** Zero-trust webhook handling: a receiver may ignore the payload and fetch the event by ID. */
export function eventRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const withDeliveries = (event: SandboxEvent, deliveries = deps.store.events.deliveries(event.id)) => ({
    ...eventJson(event),
    webhook_deliveries: deliveries.map(webhookDeliveryJson),
  });

  routes.get('/events', deps.auth.secret, (c) => {
    const events = deps.store.events.list(c.get('auth').project.id, 100);
    return c.json({ success: true, events: events.map(eventJson) });
  });
  routes.get('/events/:eventId', deps.auth.secret, (c) => {
    const event = deps.store.events.find(c.get('auth').project.id, c.req.param('eventId'));
    if (!event) throw notFound('Event');
    return c.json({ success: true, event: withDeliveries(event) });
  });
  routes.post('/events/:eventId/redeliver', deps.auth.secret, deps.idempotent, (c) => {
    const { event, deliveries } = redeliverEvent(deps, c.get('auth').project, c.req.param('eventId'));
    return c.json({ success: true, event: withDeliveries(event, deliveries) });
  });
  return routes;
}

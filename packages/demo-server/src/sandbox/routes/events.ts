import { Hono } from 'hono';
import { eventJson } from '../domain/serializers.js';
import { notFound } from '../http/api-error.js';
import type { SandboxEnv } from '../http/env.js';
import type { Deps } from '../services/deps.js';

/** Zero-trust webhook handling: a receiver may ignore the payload and fetch the event by ID. */
export function eventRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  routes.get('/events', deps.auth.secret, (c) => {
    const events = deps.store.events.list(c.get('auth').project.id, 100);
    return c.json({ success: true, events: events.map(eventJson) });
  });
  routes.get('/events/:eventId', deps.auth.secret, (c) => {
    const event = deps.store.events.find(c.get('auth').project.id, c.req.param('eventId'));
    if (!event) throw notFound('Event');
    return c.json({ success: true, event: eventJson(event) });
  });
  return routes;
}

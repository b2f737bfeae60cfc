import type { Project, SandboxEvent, WebhookDelivery } from '../domain/types.js';
import { ApiError, notFound } from '../http/api-error.js';
import type { Deps } from './deps.js';

/**
 * Sends an event again (`POST /events/:id/redeliver`): one new delivery, with
 * a fresh retry window, to every URL the event went to that is not already
 * being retried; to the project's endpoint if it never had one. Old
 * deliveries stay as they were, as a record.
 */
export function redeliverEvent(
  deps: Deps,
  project: Project,
  eventId: string,
): { event: SandboxEvent; deliveries: WebhookDelivery[] } {
  return deps.store.transaction(() => {
    const event = deps.store.events.find(project.id, eventId);
    if (!event) throw notFound('Event');
    const deliveries = deps.store.events.deliveries(event.id);
    const urls = new Set(deliveries.map((d) => d.url));
    if (urls.size === 0 && project.webhookUrl) urls.add(project.webhookUrl);
    if (urls.size === 0) {
      throw new ApiError(409, 'event.no-webhook-url', 'No webhook endpoint to deliver this event to');
    }
    const retrying = new Set(deliveries.filter((d) => d.status === 'pending').map((d) => d.url));
    for (const url of urls) if (!retrying.has(url)) deps.store.events.enqueue(event.id, url, deps.now());
    return { event, deliveries: deps.store.events.deliveries(event.id) };
  });
}

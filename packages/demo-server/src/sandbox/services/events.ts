import type { Project } from '../domain/types.js';
import { newId } from '../ids.js';
import type { Store } from '../store/index.js';

export type EventType =
  | 'token.verified'
  | 'token.verification_failed'
  | 'token.deleted'
  | 'transaction.authorized'
  | 'transaction.captured'
  | 'transaction.failed'
  | 'transaction.voided'
  | 'transaction.refunded'
  | 'transaction.chargeback'
  | 'checkout_session.completed'
  | 'checkout_session.canceled';

export type RecordEvent = (
  project: Project,
  type: EventType,
  data: unknown,
  webhookUrl?: string | null,
) => string;

/**
 * Records an event and queues its webhook in the same transaction. The
 * resource's own `webhook_url` wins over the project's default.
 */
export function eventRecorder(store: Store, now: () => number): RecordEvent {
  return (project, type, data, webhookUrl) => {
    const id = newId('ev');
    const at = now();
    store.events.record(
      { id, projectId: project.id, type, data, createdAt: new Date(at).toISOString() },
      webhookUrl ?? project.webhookUrl,
      at,
    );
    return id;
  };
}

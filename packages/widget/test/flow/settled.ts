import { expect } from 'vitest';
import { resumeFlow } from '../../src/flow/resume.js';
import type { PendingFlow } from '../../src/flow/state-store.js';
import type { GatewayConfiguration, PaydropClient } from '../../src/types.js';

/**
 * A settled flow stays in storage, marked `done` (so a return page that loads later hands over instead of
 * answering "unknown state"), and is never picked up again: a reloaded page finds nothing to resume.
 */
export async function expectSettled(key: string): Promise<void> {
  const stored = localStorage.getItem(key);
  if (stored !== null) expect(JSON.parse(stored)).toMatchObject({ done: 1 });
  const flow = stored === null ? undefined : (JSON.parse(stored) as PendingFlow);
  if (!flow?.kind) return;
  const ids =
    flow.kind === 'token'
      ? { customerId: flow.customerId, tokenId: flow.tokenId }
      : { invoiceId: flow.invoiceId };
  const configs = [{ id: flow.configId } as GatewayConfiguration];
  expect(await resumeFlow({} as PaydropClient, ids, configs)).toBeUndefined();
}

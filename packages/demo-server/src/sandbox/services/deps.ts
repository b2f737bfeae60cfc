import type { MiddlewareHandler } from 'hono';
import { publicReadAuth, requireAuth } from '../http/auth.js';
import type { SandboxEnv } from '../http/env.js';
import type { HostedPageSettings } from '../http/hosted-page-settings.js';
import { idempotent } from '../http/idempotency.js';
import type { Store } from '../store/index.js';
import { eventRecorder, type RecordEvent } from './events.js';

/** What every route module receives: no globals, so tests can run many sandboxes side by side. */
export interface Deps {
  store: Store;
  now: () => number;
  /** Public base URL of the sandbox (logo and hosted-page links), given the URL of the current request. */
  baseUrl: (requestUrl: string) => string;
  asyncVerifyDelayMs: number;
  /** How hosted pages behave unless the browser chose otherwise (`PUT /hosted-page-settings`). */
  hostedPage: HostedPageSettings;
  recordEvent: RecordEvent;
  auth: {
    secret: MiddlewareHandler<SandboxEnv>;
    publicOrSecret: MiddlewareHandler<SandboxEnv>;
    /** publicOrSecret, or `?project_id=` (public): for the one read a page makes without a preflight. */
    publicRead: MiddlewareHandler<SandboxEnv>;
    secretOrSession: MiddlewareHandler<SandboxEnv>;
  };
  idempotent: MiddlewareHandler<SandboxEnv>;
}

export function createDeps(
  store: Store,
  options: {
    now: () => number;
    baseUrl: Deps['baseUrl'];
    asyncVerifyDelayMs: number;
    hostedPage: HostedPageSettings;
  },
): Deps {
  const { now } = options;
  return {
    ...options,
    store,
    recordEvent: eventRecorder(store, now),
    auth: {
      secret: requireAuth(store, ['secret'], now),
      publicOrSecret: requireAuth(store, ['public', 'secret'], now),
      publicRead: publicReadAuth(store, now),
      secretOrSession: requireAuth(store, ['secret', 'session'], now),
    },
    idempotent: idempotent(store, now),
  };
}

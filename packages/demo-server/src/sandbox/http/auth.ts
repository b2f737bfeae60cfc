import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.js';
import { unauthorized } from './api-error.js';
import type { AuthInfo, AuthLevel, SandboxEnv } from './env.js';
import { readSessionClaims, verifySession } from './session-credential.js';

const sameSecret = (given: string, wanted: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(wanted);
  return a.length === b.length && timingSafeEqual(a, b);
};

function basicAuth(store: Store, encoded: string): AuthInfo | undefined {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return undefined;
  const project = store.projects.find(decoded.slice(0, colon));
  if (!project) return undefined;
  const secret = decoded.slice(colon + 1);
  if (secret === '') return { project, level: 'public' };
  return sameSecret(secret, project.secret) ? { project, level: 'secret' } : undefined;
}

function bearerAuth(store: Store, credential: string, now: number): AuthInfo | undefined {
  const claims = readSessionClaims(credential);
  if (!claims || claims.exp <= now) return undefined;
  const project = store.projects.find(claims.p);
  if (!project || !verifySession(claims.payload, claims.mac, project.secret)) return undefined;
  return { project, level: 'session', sessionCustomerId: claims.c };
}

export function authenticate(store: Store, header: string | undefined, now: number): AuthInfo | undefined {
  const match = /^(Basic|Bearer)\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const [, scheme = '', value = ''] = match;
  return scheme.toLowerCase() === 'basic' ? basicAuth(store, value) : bearerAuth(store, value, now);
}

/**
 * Admits only the listed credential kinds. A public key on a secret call is
 * refused like a bad key: it never authorizes a write. A session only reaches
 * routes about its own customer (`:customerId`).
 */
export function requireAuth(store: Store, accepted: readonly AuthLevel[], now: () => number) {
  const middleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
    const auth = authenticate(store, c.req.header('authorization'), now());
    if (!auth) throw unauthorized();
    if (!accepted.includes(auth.level)) {
      throw unauthorized(auth.level === 'public' ? 'This call needs the project secret key' : 'Not allowed');
    }
    if (auth.level === 'session' && c.req.param('customerId') !== auth.sessionCustomerId) {
      throw unauthorized('This session is for another customer');
    }
    c.set('auth', auth);
    await next();
  };
  return middleware;
}

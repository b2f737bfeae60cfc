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
  if (!claims) return undefined;
  const project = store.projects.find(claims.p);
  if (!project || !verifySession(claims.payload, claims.mac, project.secret)) return undefined;
  // Told apart from a bad credential (once the signature holds): the widget then asks for a fresh one.
  if (claims.exp <= now) {
    throw unauthorized('This customer session has expired; ask the merchant server for a new one');
  }
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

/**
 * For the public read a page makes on every visit (`GET /gateway-configurations`): the public project
 * ID may come as `?project_id=` instead of the Authorization header, so the browser sends a CORS-simple
 * request with no preflight. The ID is not a secret and this middleware is mounted on that read alone,
 * so it can never authorize a write. With both given, they must name the same project.
 */
export function publicReadAuth(store: Store, now: () => number) {
  const withHeader = requireAuth(store, ['public', 'secret'], now);
  const middleware: MiddlewareHandler<SandboxEnv> = async (c, next) => {
    const fromQuery = c.req.query('project_id');
    if (fromQuery === undefined) return withHeader(c, next);
    const project = store.projects.find(fromQuery);
    if (!project) throw unauthorized();
    const header = c.req.header('authorization');
    const auth =
      header === undefined ? { project, level: 'public' as const } : authenticate(store, header, now());
    if (auth?.project.id !== project.id)
      throw unauthorized('project_id and Authorization name different projects');
    c.set('auth', auth);
    await next();
  };
  return middleware;
}

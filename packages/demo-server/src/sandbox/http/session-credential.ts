import { createHmac, timingSafeEqual } from 'node:crypto';

/** PaySimple-style customer token: short enough to leak little, long enough for one checkout. */
export const SESSION_TTL_MS = 15 * 60 * 1000;

interface SessionClaims {
  p: string;
  c: string;
  exp: number;
}

/** Domain-separated from webhook signatures, which use the same project secret. */
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`customer-session.${payload}`).digest('base64url');

export function issueSession(projectId: string, customerId: string, secret: string, now: number) {
  const expiresAt = now + SESSION_TTL_MS;
  const payload = Buffer.from(JSON.stringify({ p: projectId, c: customerId, exp: expiresAt })).toString(
    'base64url',
  );
  return { credential: `sess_${payload}.${sign(secret, payload)}`, expiresAt };
}

/** Reads the claims without trusting them: the caller must then `verifySession` with the project's secret. */
export function readSessionClaims(
  credential: string,
): (SessionClaims & { payload: string; mac: string }) | undefined {
  const match = /^sess_([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(credential);
  if (!match) return undefined;
  const [, payload = '', mac = ''] = match;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<SessionClaims>;
    if (typeof claims.p !== 'string' || typeof claims.c !== 'string' || typeof claims.exp !== 'number') {
      return undefined;
    }
    return { p: claims.p, c: claims.c, exp: claims.exp, payload, mac };
  } catch {
    return undefined;
  }
}

export function verifySession(payload: string, mac: string, secret: string): boolean {
  const given = Buffer.from(mac, 'base64url');
  const wanted = Buffer.from(sign(secret, payload), 'base64url');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

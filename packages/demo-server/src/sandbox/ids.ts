import { randomBytes } from 'node:crypto';

export type IdPrefix = 'cust' | 'tok' | 'iv' | 'gway_conf' | 'gway_req' | 'ev' | 'cs' | 'tr' | 're' | 'op';

/** 24 random bytes = 192 bits, base64url: unguessable and safe in a URL path segment. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}

export function newSecret(): string {
  return `key_sandbox_${randomBytes(24).toString('base64url')}`;
}

export function newProjectId(): string {
  return `test-proj_${randomBytes(24).toString('base64url')}`;
}

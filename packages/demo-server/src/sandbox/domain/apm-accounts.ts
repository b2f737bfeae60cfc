import { createHash } from 'node:crypto';

/**
 * The shopper's account at the APM, as the provider page stands in for it:
 * an e-mail login (PayPal, Klarna, Alipay), a bank account (iDEAL,
 * Bancontact) or a phone number (Swish, BLIK). It is what a real provider
 * would fingerprint, and what a saved-methods list shows, masked.
 */
export type AccountKind = 'email' | 'iban' | 'phone';

const KINDS: Record<string, AccountKind> = {
  ideal: 'iban',
  bancontact: 'iban',
  swish: 'phone',
  blik: 'phone',
};

export const accountKind = (gateway: string): AccountKind => KINDS[gateway] ?? 'email';

const digits = (seed: string, count: number) => {
  const hash = createHash('sha256').update(seed).digest();
  return Array.from(hash.subarray(0, count), (byte) => String(byte % 10)).join('');
};

/**
 * The account the provider page offers by default, stable per customer (or
 * invoice) so that saving "the same account" twice is what a shopper does
 * without typing: the e-mail the merchant gave, else made-up but fixed
 * numbers.
 */
export function defaultAccount(kind: AccountKind, seed: string, email: string | null): string {
  if (kind === 'email') return email ?? `shopper.${digits(seed, 6)}@example.com`;
  if (kind === 'phone')
    return `+46 70 ${digits(seed, 3)} ${digits(`${seed}:2`, 2)} ${digits(`${seed}:3`, 2)}`;
  const number = digits(seed, 12);
  return `BE${digits(`${seed}:check`, 2)} ${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}`;
}

const PATTERNS: Record<AccountKind, RegExp> = {
  email: /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/,
  iban: /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/,
  phone: /^\+?\d{6,15}$/,
};

/** The account in one spelling (case and spaces do not make another account); undefined if malformed. */
export function normalizeAccount(kind: AccountKind, raw: string): string | undefined {
  const value = kind === 'email' ? raw.trim().toLowerCase() : raw.replace(/[\s-]/g, '').toUpperCase();
  return PATTERNS[kind].test(value) ? value : undefined;
}

/** What a saved-methods list may show: `j…@example.com`, `•••• 4821`. */
export function maskAccount(kind: AccountKind, normalized: string): string {
  if (kind === 'email') {
    const at = normalized.indexOf('@');
    return `${normalized.slice(0, 1)}…${normalized.slice(at)}`;
  }
  return `•••• ${normalized.slice(-4)}`;
}

/**
 * Same APM account, same value, within a project (like a card fingerprint):
 * the APM's name and the normalized account, hashed with the project ID so
 * fingerprints say nothing across projects.
 */
export function gatewayFingerprint(projectId: string, gateway: string, normalized: string): string {
  return createHash('sha256')
    .update(`paydrop-fingerprint\0${projectId}\0${gateway}\0${normalized}`)
    .digest('base64url')
    .slice(0, 32);
}

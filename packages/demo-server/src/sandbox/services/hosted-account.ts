import { accountKind, defaultAccount, normalizeAccount } from '../domain/apm-accounts.js';
import { validationError } from '../http/api-error.js';
import type { Deps } from './deps.js';
import type { HostedTarget } from './hosted-target.js';

/** The account the provider page suggests for this target, as the shopper would see it typed. */
export function suggestedAccount(deps: Deps, target: HostedTarget): string {
  const kind = accountKind(target.apm.gateway);
  if (target.kind === 'token') return defaultAccount(kind, target.customer.id, target.customer.email);
  const customer = target.invoice.customerId
    ? deps.store.customers.find(target.project.id, target.invoice.customerId)
    : undefined;
  return defaultAccount(kind, customer?.id ?? target.invoice.id, customer?.email ?? null);
}

/** The account a decision is made with: the one the shopper typed, else the suggestion; normalized. */
export function decidedAccount(deps: Deps, target: HostedTarget, typed: string | undefined): string {
  const kind = accountKind(target.apm.gateway);
  const account = normalizeAccount(kind, typed ?? suggestedAccount(deps, target));
  if (!account) {
    const expected = { email: 'an e-mail address', iban: 'an IBAN', phone: 'a phone number' }[kind];
    throw validationError(`account must be ${expected} for ${target.apm.displayName}`, ['account']);
  }
  return account;
}

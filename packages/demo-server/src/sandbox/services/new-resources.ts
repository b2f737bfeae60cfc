import type { Customer, Metadata, Token } from '../domain/types.js';
import type { CustomerFields } from '../http/customer-fields.js';
import { newId } from '../ids.js';

/**
 * Fresh customers and blank tokens, built one way whether the merchant asks
 * for them directly or a checkout session creates them on its behalf.
 */
export function newCustomer(projectId: string, input: CustomerFields, now: number): Customer {
  return {
    id: newId('cust'),
    projectId,
    firstName: input.first_name ?? null,
    lastName: input.last_name ?? null,
    email: input.email ?? null,
    currency: input.currency ?? null,
    returnUrl: input.return_url ?? null,
    metadata: input.metadata ?? {},
    createdAt: new Date(now).toISOString(),
  };
}

export interface BlankTokenFields {
  returnUrl?: string | undefined;
  cancelUrl?: string | undefined;
  webhookUrl?: string | undefined;
  verify?: boolean | undefined;
  metadata?: Metadata | undefined;
}

/** A token with no payment details yet: pending and never chargeable until an APM fills it. */
export function newBlankToken(
  projectId: string,
  customerId: string,
  f: BlankTokenFields,
  now: number,
): Token {
  return {
    id: newId('tok'),
    projectId,
    customerId,
    type: 'pending',
    gatewayConfigurationId: null,
    returnUrl: f.returnUrl ?? null,
    cancelUrl: f.cancelUrl ?? null,
    webhookUrl: f.webhookUrl ?? null,
    verify: f.verify ?? false,
    verificationStatus: 'not-requested',
    isChargeable: false,
    enabled: true,
    verifyDueAt: null,
    verifyResult: null,
    gatewayFingerprint: null,
    summary: null,
    metadata: f.metadata ?? {},
    createdAt: new Date(now).toISOString(),
  };
}

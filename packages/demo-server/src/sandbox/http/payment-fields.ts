import { z } from 'zod';
import { AUTHORIZATION_TTL_MS } from '../domain/invoice-status.js';
import { amountField } from './amount-field.js';
import { validationError } from './api-error.js';
import { flag, metadataField, text } from './fields.js';
import { moneyMovingBody, noEffect, unsupportedSwitch } from './money-moving-body.js';

/**
 * Request bodies of the money-moving invoice calls, with every field the
 * official ProcessOut SDKs send (see the README's SDK table). Amounts follow
 * the API reference: `capture_amount` on capture, `amount` on void and refunds.
 */

/** Strict: a date, a time with seconds and a zone (`2030-01-01T12:00:00Z`, `…+02:00`); no bare numbers or dates. */
export const dateTime = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with a time zone, e.g. 2030-01-01T12:00:00Z',
  })
  .nullish()
  .transform((v) => v ?? undefined);

const optionalAmount = amountField.nullish().transform((v) => v ?? undefined);

const cardOnlyHints = {
  device: noEffect(),
  synchronous: noEffect(),
  retry_drop_liability_shift: noEffect(),
  enable_three_d_s_2: noEffect(),
  allow_fallback_to_sale: noEffect(),
  override_mac_blocking: noEffect(),
  external_three_d_s: noEffect(),
};

const switchesOff = {
  incremental: unsupportedSwitch('incremental authorizations'),
  save_source: unsupportedSwitch('save_source: save a customer token first, then charge it'),
  provision_network_token: unsupportedSwitch('network tokens'),
};

export const authorizeFields = moneyMovingBody({
  source: z.string().min(1).max(255),
  auto_capture_at: dateTime,
  capture_amount: optionalAmount,
  metadata: metadataField(),
  ...cardOnlyHints,
  ...switchesOff,
});

export const captureFields = moneyMovingBody({
  source: text(),
  capture_amount: optionalAmount,
  /** The sandbox's first name for `capture_amount`, kept for the curl examples that send it. */
  amount: optionalAmount,
  authorize_only: flag(),
  auto_capture_at: dateTime,
  metadata: metadataField(),
  capture_statement_descriptor: noEffect(),
  ...cardOnlyHints,
  ...switchesOff,
});

export const voidFields = moneyMovingBody({ amount: optionalAmount, metadata: metadataField() });

export const refundFields = moneyMovingBody({
  amount: optionalAmount,
  reason: text(),
  information: text(2000),
  metadata: metadataField(),
});

/** `capture_amount` (canonical) or `amount`; both only when they agree, so neither is silently dropped. */
export function captureAmountOf(input: { capture_amount?: string; amount?: string }): string | undefined {
  const { capture_amount: canonical, amount } = input;
  if (canonical !== undefined && amount !== undefined && Number(canonical) !== Number(amount)) {
    throw validationError('capture_amount and amount disagree; send capture_amount only', [
      'amount',
      'capture_amount',
    ]);
  }
  return canonical ?? amount;
}

/** Which of the two the caller sent, so a refusal names that one. */
export const captureAmountField = (input: { capture_amount?: string }) =>
  input.capture_amount !== undefined ? 'capture_amount' : 'amount';

/** An automatic capture must fall inside the authorization it captures: after now, within 7 days. */
export function autoCaptureOrThrow(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const at = Date.parse(value);
  if (at <= now) throw validationError('auto_capture_at must be in the future', ['auto_capture_at']);
  if (at > now + AUTHORIZATION_TTL_MS) {
    throw validationError('auto_capture_at must be within the 7-day authorization window', [
      'auto_capture_at',
    ]);
  }
  return at;
}

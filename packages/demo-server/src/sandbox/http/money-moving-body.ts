import { z } from 'zod';
import { flag } from './fields.js';

const NOT_UNDERSTOOD =
  'is not a field this call acts on: send null or leave it out (the sandbox refuses it rather than move a different amount than you meant)';

/**
 * The body of a call that moves money (authorize, capture, void, refund).
 * Elsewhere unknown fields are ignored; here any field outside `shape` must be
 * absent or null, as the official SDKs send what they do not use. So the next
 * naming mismatch (`capture_amount` read as `amount` once captured everything)
 * fails in the merchant's test suite with `invalid_fields` naming it.
 */
export const moneyMovingBody = <S extends Record<string, z.ZodType>>(shape: S) =>
  z.object(shape).catchall(z.null({ error: NOT_UNDERSTOOD }));

/**
 * Sent by the SDKs and understood, with nothing to do here: 3-D Secure, device
 * and retry hints for card gateways, which the sandbox's APMs never consult.
 */
export const noEffect = () => z.unknown().optional();

/** A switch for a feature the sandbox does not have: off or null is what it does anyway; on is refused. */
export const unsupportedSwitch = (feature: string) =>
  flag().refine((on) => on !== true, `the sandbox does not support ${feature}`);

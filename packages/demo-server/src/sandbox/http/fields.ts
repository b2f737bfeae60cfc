import { z } from 'zod';
import { isKnownCurrency } from '../domain/money.js';
import { parseRegisteredUrl, parseWebhookUrl } from '../domain/registered-url.js';

/**
 * Field schemas shared by the routes. Optional fields accept `null` as "not
 * given" (server SDKs send every field), and become `undefined`.
 */
const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

export const text = (max = 255) => nullish(z.string().max(max));

/** A shopper-facing redirect target that must be given (checkout sessions' success and cancel URLs). */
export const requiredUrlField = () =>
  z
    .string({ error: (issue) => (issue.input == null ? 'is required' : 'must be a string') })
    .max(2048)
    .refine((v) => parseRegisteredUrl(v) !== undefined, {
      message:
        'must be an http(s) URL or an app scheme (yourapp://…) whose host is letters, digits, dots and hyphens, or an IP',
    });

export const urlField = () => nullish(requiredUrlField());

/** Webhooks are fetched by the sandbox, so only http(s) makes sense there. */
export const webhookUrlField = () =>
  nullish(
    z
      .string()
      .max(2048)
      .refine((v) => parseWebhookUrl(v) !== undefined, 'must be an http(s) URL with a plain host name or IP'),
  );

/** `true` in JSON, `"true"` from a form. */
export const flag = () =>
  nullish(
    z
      .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'on'])])
      .transform((v) => v === true || v === 'true' || v === '1' || v === 'on'),
  );

export const currencyField = () =>
  z
    .string()
    .transform((v) => v.toUpperCase())
    .refine(isKnownCurrency, 'must be a supported ISO 4217 currency code');

export const metadataField = () =>
  nullish(
    z
      .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()]).transform(String))
      .refine((m) => Object.keys(m).length <= 50, 'at most 50 keys'),
  );

export const emailField = () => nullish(z.email().max(254));

import { z } from 'zod';
import { isKnownCurrency } from '../domain/money.js';

/**
 * Field schemas shared by the routes. Optional fields accept `null` as "not
 * given" (server SDKs send every field), and become `undefined`.
 */
const blockedSchemes = new Set([
  'javascript:',
  'data:',
  'vbscript:',
  'file:',
  'blob:',
  'about:',
  'filesystem:',
]);

/** http(s) or an app scheme such as `yourapp://processout.return`; never script-bearing schemes. */
export function isAllowedReturnUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname !== '';
  if (blockedSchemes.has(url.protocol)) return false;
  return /^[a-z][a-z0-9+.-]*:\/\/./i.test(value);
}

export const isHttpUrl = (value: string) => /^https?:$/.test(new URL(value).protocol);

const nullish = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);

export const text = (max = 255) => nullish(z.string().max(max));

/** A shopper-facing redirect target that must be given (checkout sessions' success and cancel URLs). */
export const requiredUrlField = () =>
  z
    .string({ error: (issue) => (issue.input == null ? 'is required' : 'must be a string') })
    .max(2048)
    .refine(isAllowedReturnUrl, { message: 'must be an http(s) URL or an app scheme (yourapp://…)' });

export const urlField = () => nullish(requiredUrlField());

/** Webhooks are fetched by the sandbox, so only http(s) makes sense there. */
export const webhookUrlField = () =>
  nullish(
    z
      .string()
      .max(2048)
      .refine((v) => isAllowedReturnUrl(v) && isHttpUrl(v), 'must be an http(s) URL'),
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

import { z } from 'zod';
import { customerFields } from './customer-fields.js';
import { metadataField, requiredUrlField, text } from './fields.js';

const common = {
  customer_id: text(100),
  customer: customerFields.nullish().transform((v) => v ?? undefined),
  success_url: requiredUrlField(),
  cancel_url: requiredUrlField(),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'must be a language tag such as en or ja-JP')
    .nullish()
    .transform((v) => v ?? undefined),
  metadata: metadataField(),
};

/** `invoice_id` is what a payment session charges, and meaningless for a token session. */
export const checkoutSessionFields = z.discriminatedUnion(
  'mode',
  [
    z.object({
      mode: z.literal('token'),
      invoice_id: z.never({ error: 'is only allowed in payment mode' }).nullish(),
      ...common,
    }),
    z.object({ mode: z.literal('payment'), invoice_id: z.string().min(1).max(100), ...common }),
  ],
  { error: 'must be token or payment' },
);

export type CheckoutSessionFields = z.output<typeof checkoutSessionFields>;

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

const topAliases: Record<string, string> = {
  successUrl: 'success_url',
  cancelUrl: 'cancel_url',
  customerId: 'customer_id',
  invoiceId: 'invoice_id',
  customerInfo: 'customer',
};
const customerAliases: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  emailAddress: 'email',
  returnUrl: 'return_url',
};

/** Renames keys; a snake_case key the caller also sent wins over its camelCase twin. */
function renamed(body: Loose, aliases: Record<string, string>): Loose {
  const out: Loose = { ...body };
  for (const [camel, snake] of Object.entries(aliases)) {
    if (camel in body && out[snake] == null) out[snake] = body[camel];
    delete out[camel];
  }
  return out;
}

/**
 * Smartpay's SDKs send camelCase (`successUrl`, `customerInfo.firstName`,
 * `emailAddress`); accept that spelling so its samples run unchanged. Fields
 * the sandbox does not model (address, kana, `tokenType`) are dropped like any
 * unknown field; `reference` is kept in metadata so it is not lost.
 */
export function normalizeCheckoutSessionBody(body: Loose): Loose {
  const out = renamed(body, topAliases);
  if (isObject(out.customer)) out.customer = renamed(out.customer, customerAliases);
  if (typeof out.reference === 'string' && out.metadata == null) out.metadata = { reference: out.reference };
  return out;
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** Five minutes either way, as Stripe does: long enough for clock skew, short enough to stop replays. */
const TOLERANCE_SECONDS = 300;

/**
 * Checks a `Paydrop-Signature: t=<unix>,v1=<hex>` header against the raw body.
 * The HMAC covers `t + "." + body`, so a captured request cannot be replayed later.
 */
export function verifyWebhookSignature(
  header: string | undefined,
  rawBody: string,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  if (!header) return false;
  const parts = new Map(
    header.split(',').map((part) => {
      const [key = '', ...rest] = part.trim().split('=');
      return [key, rest.join('=')] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const signature = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
  const given = Buffer.from(signature, 'hex');
  const wanted = Buffer.from(expected, 'hex');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

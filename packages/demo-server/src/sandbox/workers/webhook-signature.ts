import { createHmac } from 'node:crypto';

/** `Paydrop-Signature: t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>`; the timestamp stops replays. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

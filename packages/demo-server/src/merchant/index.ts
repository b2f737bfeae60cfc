export { createMerchantApp, type MerchantOptions } from './app.js';
export { verifyWebhookSignature } from './webhook-signature.js';

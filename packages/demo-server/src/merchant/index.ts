export { createMerchantApp, type MerchantOptions } from './app.js';
export { merchantListener } from './node-listener.js';
export { verifyWebhookSignature } from './webhook-signature.js';

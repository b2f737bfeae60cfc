export type { PaydropClient } from '../types.js';
export { createClient } from './create-client.js';
// Shared with the UI, so that mount() validates exactly as the engine does.
export { defaultFilter } from './gateway-configurations.js';
export { FILTERS, invalidOptions, MODES, oneOf } from './option-checks.js';
export { INVOICE_ID, TOKEN_IDS, toTarget } from './target.js';

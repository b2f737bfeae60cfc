export type { PaydropClient } from '../types.js';
export { createClient } from './create-client.js';

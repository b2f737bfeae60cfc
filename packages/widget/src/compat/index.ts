export { Client } from './client.js';
export type { CompatGatewayConfiguration, CompatTarget, OnError, OnToken } from './compat-configuration.js';

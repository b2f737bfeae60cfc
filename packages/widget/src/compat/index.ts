export { Client, type CompatTarget } from './client.js';
export type { CompatGatewayConfiguration, OnError, OnToken } from './compat-configuration.js';

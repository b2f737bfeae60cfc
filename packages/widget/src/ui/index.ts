export { registerLocale } from '../i18n/index.js';
export { type MountedCheckout, mount } from './mount.js';
export type { MountOptions, Theme, UpdateOptions } from './mount-options.js';

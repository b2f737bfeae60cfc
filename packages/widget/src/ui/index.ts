export { registerLocale } from '../i18n/index.js';
export { mount } from './mount.js';
export type { MountOptions } from './mount-options.js';

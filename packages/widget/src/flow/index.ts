export { onRestoredFromCache } from './pageshow.js';
export { handleReturn } from './return-handler.js';

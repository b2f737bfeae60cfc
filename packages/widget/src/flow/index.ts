export { handleReturn } from './return-handler.js';

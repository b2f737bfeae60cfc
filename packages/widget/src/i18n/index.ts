export { en, type MessageKey, type Messages } from './en.js';
export {
  createTranslator,
  interpolate,
  type MessageParams,
  registerLocale,
  resolveMessages,
  type Translate,
} from './translate.js';

export {
  isRightToLeft,
  type LocaleChoice,
  messagesFor,
  pickLocale,
  registerLocale,
} from './catalogues.js';
export { en, type MessageKey, type Messages } from './en.js';
export { formatAmount } from './format.js';
export { LOCALE_TAGS, type LocaleTag } from './locale-tags.js';
export { createTranslator, interpolate, type MessageParams, type Translate } from './translate.js';

import type { MessageKey, Messages } from './en.js';

export type MessageParams = Record<string, string>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}

export function createTranslator(messages: Messages): Translate {
  return (key, params) => interpolate(messages[key], params);
}

import { en, type Messages, messagesFor, pickLocale } from '../../i18n/index.js';
import { batch } from '../signals.js';
import type { CheckoutStore } from './checkout-store.js';

/**
 * Switches the drop-in to a locale (`undefined`: the browser's languages).
 * A locale still loading keeps the current messages on screen until it
 * arrives; one that fails to load falls back to English rather than leave
 * the drop-in blank. Only the latest call wins.
 */
export function createLocaleAction(store: CheckoutStore): (requested: string | undefined) => void {
  let latest = 0;
  return (requested) => {
    const call = ++latest;
    const choice = pickLocale(requested, navigator.languages ?? []);
    const apply = (messages: Messages, locale: string) => {
      if (call !== latest) return;
      batch(() => {
        store.messages.value = messages;
        store.locale.value = locale;
      });
    };
    const found = messagesFor(choice.catalogue);
    if (found instanceof Promise)
      found.then(
        (messages) => apply(messages, choice.locale),
        () => apply(en, 'en'),
      );
    else apply(found, choice.locale);
  };
}

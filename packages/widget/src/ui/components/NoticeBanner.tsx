import type { CheckoutModel } from '../models/checkout-model.js';
import { AlertIcon, InfoIcon } from './icons.js';

/** The last flow's outcome, above the list; an icon as well as a colour tells the tone. */
export function NoticeBanner({ model }: { model: CheckoutModel }) {
  const notice = model.notice.value;
  if (!notice) return null;
  return (
    <p class={`pd-notice pd-${notice.tone}`}>
      {notice.tone === 'canceled' ? <InfoIcon /> : <AlertIcon />}
      <span>{model.t(notice.key, { name: notice.name })}</span>
    </p>
  );
}

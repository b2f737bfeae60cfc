/**
 * The demo shopper sign-in (a cookie session on the merchant server) and the
 * customer session a signed-in shopper's drop-in lists saved methods with.
 * The page never names a customer: the server looks it up from the cookie.
 */
import { $ } from './dom.js';
import { merchant } from './merchant-api.js';

interface Shopper {
  id: string;
  name: string;
  email: string;
}

let shopper: Shopper | null = null;
let customerSession: string | undefined;

export const signedIn = () => shopper;

/** What the drop-in gets for a signed-in shopper: their customer session, and how to renew it. */
export function sessionOptions() {
  if (!customerSession) return {};
  return {
    customerSession,
    // Called by the drop-in, once, when the session it holds has expired.
    refreshCustomerSession: async () => {
      const fresh = await merchant.post<{ customerSession: string }>('/api/customer-session');
      customerSession = fresh.customerSession;
      return fresh.customerSession;
    },
  };
}

/** Reads who is signed in (and gets their customer session), then shows the account bar. */
export async function startAccount() {
  const me = await merchant.get<{ shopper: Shopper | null; shoppers: Shopper[] }>('/api/me');
  shopper = me.shopper;
  customerSession = shopper
    ? (await merchant.post<{ customerSession: string }>('/api/customer-session')).customerSession
    : undefined;
  const bar = $('account');
  bar.replaceChildren();
  if (shopper) {
    const who = document.createElement('span');
    who.id = 'signed-in-as';
    who.textContent = `Signed in as ${shopper.name}`;
    bar.append(
      who,
      button('Sign out', 'sign-out', () => merchant.post('/api/sign-out')),
    );
  } else {
    const label = document.createElement('span');
    label.textContent = 'Sign in as a demo shopper:';
    bar.append(label);
    for (const s of me.shoppers) {
      bar.append(button(s.name, `sign-in-${s.id}`, () => merchant.post('/api/sign-in', { shopper: s.id })));
    }
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-signed-in]')) el.hidden = !shopper;
}

function button(text: string, id: string, action: () => Promise<unknown>) {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'link';
  el.id = id;
  el.textContent = text;
  // A new shopper is a new page: their orders, saved methods and checkout.
  el.addEventListener('click', () => void action().then(() => location.assign(location.pathname)));
  return el;
}

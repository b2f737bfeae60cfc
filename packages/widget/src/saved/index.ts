/**
 * The drop-in's saved methods and "Save … for future payments", loaded on
 * demand (`../ui/extras.ts`): only a drop-in given a customer session, or an
 * invoice with a blank token, fetches this module. It imports nothing at run
 * time (types only), so the script tag can load `dist/saved.mjs` from next to
 * itself: Preact's `h`, the signals and the request helper are handed over.
 * No JSX for the same reason: `h` is a parameter here, not an import.
 */
import type { PaydropError } from '../errors/paydrop-error.js';
import type { GatewayConfiguration, PaySuccess, TokenizeSuccess } from '../types.js';
import type { CheckoutContext } from '../ui/models/checkout-context.js';
import type { Extra } from '../ui/models/checkout-store.js';
import type { Signal } from '../ui/signals.js';
import { messagesFor } from './messages.js';

/** Preact's `h`, typed loosely: this module only builds plain elements with it. */
export type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => VNode;
type VNode = object;

export interface ExtrasHost {
  h: H;
  signal: <T>(value: T) => Signal<T>;
  getJson: (url: string, init?: RequestInit) => Promise<Record<string, unknown>>;
  ctx: CheckoutContext;
}

/** A saved customer token as the sandbox lists it (the fields this view reads). */
export interface SavedToken {
  id: string;
  type: string;
  gateway_configuration_id: string | null;
  is_chargeable: boolean;
  is_enabled?: boolean;
  verification_status: string;
  summary?: string | null;
}

type Load =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; tokens: SavedToken[] }
  | { kind: 'error'; expired: boolean };

interface View {
  load: Load;
  /** The token whose removal waits for the shopper's confirmation. */
  confirming: string | null;
  removing: string | null;
  /** What the last removal did, for the live region: its sentence. */
  said: string;
  /** Pay and save: the configurations whose "Save … for future payments" is ticked. */
  saving: readonly string[];
}

/** The customer a session is for: its claims are readable (only the signature is secret). */
export function sessionCustomer(session: string): string | undefined {
  try {
    const payload = /^sess_([\w-]+)\./.exec(session)?.[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof claims.c === 'string' ? claims.c : undefined;
  } catch {
    return undefined;
  }
}

const isExpired = (error: unknown) => (error as PaydropError | null)?.code === 'request.unauthorized';

/** Usable first, then pending, then failed; disabled and deleted ones are not listed. */
const RANK: Record<string, number> = { usable: 0, pending: 1, failed: 2 };
export const statusOf = (token: SavedToken) =>
  token.verification_status === 'failed' ? 'failed' : token.is_chargeable ? 'usable' : 'pending';
export const listed = (tokens: SavedToken[]) =>
  tokens
    .filter((token) => token.type !== 'pending' && token.is_enabled !== false)
    .sort((a, b) => (RANK[statusOf(a)] ?? 0) - (RANK[statusOf(b)] ?? 0));

const focusOnce = (element: HTMLElement | null) => element?.focus();
const styled = new WeakSet<Node>();

export function createExtras(host: ExtrasHost): Extra {
  const { h, ctx, getJson } = host;
  const { store, target } = ctx;
  const apiUrl = ctx.client.apiUrl;
  let session = ctx.customerSession;
  const customerId =
    (session && sessionCustomer(session)) || (target.kind === 'token' ? target.customerId : '');
  const view = host.signal<View>({
    load: session && customerId ? { kind: 'loading' } : { kind: 'none' },
    confirming: null,
    removing: null,
    said: '',
    saving: [],
  });
  const set = (patch: Partial<View>) => {
    view.value = { ...view.value, ...patch };
  };
  const m = () => messagesFor(store.locale.value);

  /** A session call; an expired session asks the merchant for a fresh one, once, then tries again. */
  let refreshed = false;
  const call = async (path: string, method = 'GET'): Promise<Record<string, unknown>> => {
    const send = () =>
      getJson(`${apiUrl}/customers/${encodeURIComponent(customerId)}/tokens${path}`, {
        method,
        headers: { Authorization: `Bearer ${session}` },
      });
    try {
      return await send();
    } catch (error) {
      if (!isExpired(error) || refreshed || !ctx.refreshCustomerSession) throw error;
      refreshed = true;
      // A merchant that cannot give a fresh one (signed out, offline) leaves the session expired.
      const fresh = await ctx.refreshCustomerSession().catch(() => undefined);
      if (typeof fresh !== 'string' || !fresh) throw error;
      session = fresh;
      return send();
    }
  };

  const fail = (error: unknown) => {
    set({ load: { kind: 'error', expired: isExpired(error) }, confirming: null, removing: null });
    ctx.onError?.(error as PaydropError);
  };

  if (view.value.load.kind === 'loading') {
    call('').then((body) => {
      set({ load: { kind: 'ready', tokens: listed((body.tokens as SavedToken[]) ?? []) } });
    }, fail);
  }

  const configOf = (token: SavedToken) =>
    store.configs.value.find((config) => config.id === token.gateway_configuration_id);

  /** Pay (or, on a token checkout, choose) with a saved method: no provider window, the merchant charges it. */
  const use = (token: SavedToken, config: GatewayConfiguration) => {
    if (statusOf(token) !== 'usable' || 'config' in store.state.value) return;
    const result =
      target.kind === 'invoice'
        ? ({ token: token.id, invoiceId: target.invoiceId } as PaySuccess)
        : ({ token: token.id, customerId: target.customerId, tokenId: target.tokenId } as TokenizeSuccess);
    store.notice.value = null;
    store.state.value = { kind: 'success', config, result };
    ctx.onToken?.(result);
  };

  const remove = (token: SavedToken, name: string) => {
    set({ removing: token.id });
    call(`/${encodeURIComponent(token.id)}`, 'DELETE').then(() => {
      const load = view.value.load;
      const tokens = load.kind === 'ready' ? load.tokens.filter((t) => t.id !== token.id) : [];
      set({
        load: { kind: 'ready', tokens },
        confirming: null,
        removing: null,
        said: fill(m().removed, name),
      });
    }, fail);
  };

  /** The sheet for these few rules, adopted by the drop-in's shadow root once (no `<style>`: CSP). */
  const adopt = (element: HTMLElement | null) => {
    const root = element?.getRootNode() as ShadowRoot | undefined;
    if (!root || styled.has(root) || !('adoptedStyleSheets' in root)) return;
    styled.add(root);
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // No constructable stylesheets: the rows keep the drop-in's own styles.
    }
  };

  const row = (token: SavedToken): VNode | null => {
    const config = configOf(token);
    if (!config) return null;
    const text = m();
    const { display_name: name, logo_url: logo } = config.gateway;
    const label = token.summary ? `${name} ${token.summary}` : name;
    const status = statusOf(token);
    const { confirming, removing } = view.value;
    if (confirming === token.id) {
      return h(
        'div',
        {
          class: 'pd-panel pd-confirm',
          role: 'group',
          'aria-label': fill(text.removeTitle, label),
          key: token.id,
        },
        h('p', { class: 'pd-msg' }, fill(text.removeConfirm, label)),
        h(
          'div',
          { class: 'pd-actions' },
          h(
            'button',
            {
              type: 'button',
              class: 'pd-btn pd-danger',
              'aria-disabled': removing === token.id,
              onClick: () => removing || remove(token, label),
            },
            removing === token.id ? text.removing : text.remove,
          ),
          h(
            'button',
            { type: 'button', class: 'pd-btn', ref: focusOnce, onClick: () => set({ confirming: null }) },
            text.keep,
          ),
        ),
      );
    }
    const busy = 'config' in store.state.value;
    return h(
      'div',
      { class: 'pd-saved', key: token.id },
      h(
        'button',
        {
          type: 'button',
          class: 'pd-method',
          'aria-disabled': status !== 'usable' || busy,
          'aria-describedby': status === 'usable' ? undefined : `pd-st-${token.id}`,
          onClick: () => use(token, config),
        },
        h(
          'span',
          { class: 'pd-logo', 'aria-hidden': 'true' },
          logo ? h('img', { src: logo, alt: '' }) : name[0],
        ),
        h(
          'span',
          { class: 'pd-name' },
          name,
          token.summary ? h('span', { class: 'pd-sum' }, token.summary) : null,
        ),
        status === 'usable'
          ? null
          : h('span', { class: `pd-tag pd-${status}`, id: `pd-st-${token.id}` }, text[status as 'pending']),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'pd-btn pd-remove',
          'aria-label': fill(text.removeTitle, label),
          'aria-disabled': busy,
          onClick: () => busy || set({ confirming: token.id, said: '' }),
        },
        text.remove,
      ),
    );
  };

  const list = (): VNode | null => {
    const { load, said } = view.value;
    const text = m();
    if (load.kind === 'none') return null;
    if (load.kind === 'loading') return h('div', { class: 'pd-skel', 'aria-hidden': 'true' });
    if (load.kind === 'error') {
      return h(
        'p',
        { class: 'pd-notice pd-failed', role: 'alert', ref: adopt },
        load.expired ? text.expired : text.savedError,
      );
    }
    const rows = load.tokens.map(row).filter(Boolean);
    return h(
      'div',
      { class: 'pd-list', ref: adopt },
      rows.length
        ? h('fieldset', { class: 'pd-list' }, h('legend', { class: 'pd-legend' }, text.savedHeading), rows)
        : null,
      h('p', { class: 'pd-sr', role: 'status' }, said),
    );
  };

  /** Pay and save: under each method whose flows include tokenization, the shopper's choice and its consent. */
  const saveRow = (config: GatewayConfiguration): VNode | null => {
    if (target.kind !== 'invoice' || !target.tokenId || !config.gateway.flows?.includes('tokenization'))
      return null;
    const text = m();
    const name = config.gateway.display_name;
    const checked = view.value.saving.includes(config.id);
    const id = `pd-save-${config.id}`;
    return h(
      'div',
      { class: 'pd-save', ref: adopt },
      h(
        'label',
        null,
        h('input', {
          type: 'checkbox',
          checked,
          'aria-describedby': checked ? `${id}-c` : undefined,
          onChange: (event: Event) => {
            const on = (event.currentTarget as HTMLInputElement).checked;
            const others = view.value.saving.filter((other) => other !== config.id);
            set({ saving: on ? [...others, config.id] : others });
          },
        }),
        ` ${fill(text.saveFor, name)}`,
      ),
      checked ? h('p', { class: 'pd-consent', id: `${id}-c` }, fill(text.consent, name)) : null,
    );
  };

  ctx.saving = (config) =>
    target.kind === 'invoice' && view.value.saving.includes(config.id) ? target.tokenId : undefined;

  return { list, row: saveRow };
}

const fill = (template: string, name: string) => template.replace('{name}', name);

const CSS = `.pd-saved{display:flex;gap:8px}
.pd-saved .pd-method{flex:1}
.pd-sum{display:block;font-size:13px;color:var(--muted)}
.pd-tag{font-size:12px;font-weight:600;padding:2px 8px;border-radius:999px;background:var(--surface);border:1px solid}
.pd-pending{color:var(--warning)}
.pd-remove,.pd-actions .pd-btn{width:auto;font-weight:500}
.pd-actions{display:flex;gap:8px}
.pd-danger{color:var(--background);background:var(--danger);border-color:var(--danger)}
.pd-save{margin:-2px 0 4px;padding:0 14px;font-size:14px}
.pd-save input{margin:0 6px 0 0;accent-color:var(--accent)}
.pd-consent{margin:6px 0 0;font-size:13px;color:var(--muted)}`;

/**
 * The orders view (seed 003: the order after authorization) and the saved
 * methods, kept live over server-sent events (`/api/live`): each change the
 * merchant server makes, whether from a button here or a webhook from the
 * sandbox, arrives as an `order` or `saved-method` event.
 */
import { $ } from './dom.js';
import { merchant } from './merchant-api.js';
import { methodName } from './method-names.js';
import { orderStatusWords, savedMethodWords } from './words.js';

export interface Order {
  id: string;
  kind: string;
  name: string;
  amount: string;
  currency: string;
  status: string;
  captured_amount: string;
  refunded_amount: string;
  disputed: boolean;
  capture_policy: string;
  auto_capture_at: string | null;
  authorization_expires_at: string | null;
  source: string | null;
  last_error: string | null;
  created_at: string;
}

interface SavedMethod {
  id: string;
  gateway_configuration_id: string | null;
  summary?: string | null;
  state: string;
}

const orders = new Map<string, Order>();
/** What the merchant typed in each order's amount field: a live update re-renders the row, not the draft. */
const drafts = new Map<string, string>();
let methods: SavedMethod[] = [];
/** Called after a saved method changed from this page, so the drop-in's saved list shows it. */
let onMethodsChanged: () => void = () => {};

/** One nonce per shown button: a double click sends the same attempt twice, and the server acts once. */
const nonce = () => crypto.randomUUID();

const money = (amount: string, currency: string) =>
  new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(Number(amount));

const TONES: Record<string, string> = {
  authorized: 'pending',
  'authorization-pending': 'pending',
  'partially-captured': 'pending',
  completed: 'success',
  'partially-refunded': 'success',
  refunded: 'no',
  voided: 'no',
  failed: 'failed',
  processing: 'pending',
};

export async function startOrders(options: { onMethodsChanged: () => void }) {
  onMethodsChanged = options.onMethodsChanged;
  $('charge-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void chargeSavedMethod();
  });
  $('charge-form').dataset.attempt = nonce();
  const live = new EventSource('/api/live');
  live.addEventListener('ready', () => {
    $('live-state').textContent = 'Live';
    // Anything that changed while the stream was down is read again.
    void refreshOrders();
    void refreshMethods();
  });
  live.addEventListener('error', () => {
    $('live-state').textContent = 'Reconnecting…';
  });
  live.addEventListener('order', (event) => {
    const order = JSON.parse((event as MessageEvent).data) as Order;
    orders.set(order.id, order);
    renderOrders();
  });
  live.addEventListener('saved-method', () => void refreshMethods());
}

export async function refreshOrders() {
  const list = await merchant.get<{ orders: Order[] }>('/api/orders');
  orders.clear();
  for (const order of list.orders) orders.set(order.id, order);
  renderOrders();
}

function renderOrders() {
  const sorted = [...orders.values()].sort((a, b) => b.created_at.localeCompare(a.created_at));
  const rows = sorted.filter((order) => order.status !== 'pending' || order.kind !== 'checkout');
  $('orders').replaceChildren(...rows.map(orderRow));
  $('orders-empty').hidden = rows.length > 0;
}

function orderRow(order: Order): HTMLElement {
  const row = document.createElement('li');
  row.className = 'order';
  row.dataset.orderId = order.id;
  const head = document.createElement('div');
  head.className = 'order-head';
  const title = document.createElement('strong');
  title.textContent = `${order.name} · ${money(order.amount, order.currency)}`;
  const status = document.createElement('span');
  status.className = `pill ${TONES[order.status] ?? 'pending'}`;
  status.dataset.role = 'status';
  status.dataset.status = order.status;
  status.textContent = orderStatusWords(order.status);
  head.append(title, status);
  if (order.disputed) {
    const disputed = document.createElement('span');
    disputed.className = 'pill failed';
    disputed.dataset.role = 'disputed';
    disputed.textContent = 'Disputed';
    head.append(disputed);
  }
  const facts = document.createElement('p');
  facts.className = 'order-facts';
  facts.textContent = [
    `captured ${money(order.captured_amount, order.currency)}`,
    `refunded ${money(order.refunded_amount, order.currency)}`,
    order.auto_capture_at
      ? `captures by itself at ${new Date(order.auto_capture_at).toLocaleString('en-IE')}`
      : '',
    order.authorization_expires_at && ['authorized', 'partially-captured'].includes(order.status)
      ? `authorization valid until ${new Date(order.authorization_expires_at).toLocaleString('en-IE')}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  row.append(head, facts);
  if (order.last_error) {
    const error = document.createElement('p');
    error.className = 'order-error';
    error.setAttribute('role', 'alert');
    error.textContent = order.last_error;
    row.append(error);
  }
  row.append(orderActions(order));
  return row;
}

function orderActions(order: Order): HTMLElement {
  const actions = document.createElement('div');
  actions.className = 'order-actions';
  const amount = document.createElement('input');
  amount.name = 'amount';
  amount.inputMode = 'decimal';
  amount.placeholder = 'amount';
  amount.setAttribute('aria-label', `Amount for ${order.name}`);
  amount.value = drafts.get(order.id) ?? '';
  amount.addEventListener('input', () => drafts.set(order.id, amount.value));
  const capturable = ['authorized', 'partially-captured'].includes(order.status);
  const refundable = ['completed', 'partially-captured', 'partially-refunded'].includes(order.status);
  const attempt = nonce();
  const act = (label: string, path: string, withAmount: boolean) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary small';
    button.textContent = label;
    button.addEventListener('click', () => {
      const value = amount.value.trim();
      if (withAmount && !value) {
        amount.focus();
        return;
      }
      drafts.delete(order.id);
      void orderAction(order, path, {
        attempt: `${attempt}-${path}`,
        ...(withAmount ? { amount: value } : {}),
      });
    });
    return button;
  };
  if (capturable) {
    actions.append(act('Capture', 'capture', false), act('Capture amount', 'capture', true));
    if (order.status === 'authorized') actions.append(act('Void', 'void', false));
  }
  if (refundable) actions.append(act('Refund', 'refunds', false), act('Refund amount', 'refunds', true));
  if (capturable || refundable) actions.prepend(amount);
  return actions;
}

async function orderAction(order: Order, path: string, body: Record<string, string>) {
  const response = await fetch(`/api/orders/${encodeURIComponent(order.id)}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { order?: Order };
  // A refusal comes back with the order, which shows why (last_error) and keeps its state.
  if (json.order) {
    orders.set(json.order.id, json.order);
    renderOrders();
  }
}

async function chargeSavedMethod() {
  const form = $<HTMLFormElement>('charge-form');
  const data = new FormData(form);
  const capture = String(data.get('capture'));
  const body = {
    tokenId: String(data.get('tokenId')),
    amount: String(data.get('amount')),
    attempt: form.dataset.attempt,
    name: 'Saved-method charge',
    capture,
    ...(capture === 'auto' ? { autoCaptureAt: new Date(Date.now() + 60 * 60 * 1000).toISOString() } : {}),
  };
  $('charge-result').textContent = 'Charging…';
  const response = await fetch('/api/orders/charge-saved-method', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as {
    success: boolean;
    message?: string;
    order?: Order;
    duplicate?: boolean;
  };
  if (json.order) {
    orders.set(json.order.id, json.order);
    renderOrders();
  }
  $('charge-result').textContent = json.success
    ? `Charged: order ${orderStatusWords(json.order?.status ?? 'processing').toLowerCase()}`
    : `Refused: ${json.message ?? 'the charge failed'}`;
  // The next charge is another attempt.
  form.dataset.attempt = nonce();
}

export async function refreshMethods() {
  const list = await merchant.get<{ tokens: SavedMethod[] }>('/api/saved-methods');
  methods = list.tokens;
  await renderMethods();
}

async function renderMethods() {
  const items = await Promise.all(methods.map(methodRow));
  $('methods').replaceChildren(...items);
  $('methods-empty').hidden = methods.length > 0;
  const select = $<HTMLSelectElement>('charge-token');
  const options = await Promise.all(
    methods.map(async (method) => {
      const option = document.createElement('option');
      option.value = method.id;
      option.textContent = `${await methodName(method.gateway_configuration_id)} ${method.summary ?? ''} (${savedMethodWords(method.state).toLowerCase()})`;
      return option;
    }),
  );
  const chosen = select.value;
  select.replaceChildren(...options);
  if (methods.some((method) => method.id === chosen)) select.value = chosen;
}

async function methodRow(method: SavedMethod): Promise<HTMLElement> {
  const row = document.createElement('li');
  row.className = 'method';
  row.dataset.tokenId = method.id;
  const name = document.createElement('span');
  name.textContent = `${await methodName(method.gateway_configuration_id)} ${method.summary ?? ''}`;
  const state = document.createElement('span');
  state.className = `pill ${method.state === 'active' ? 'success' : method.state === 'failed' ? 'failed' : 'pending'}`;
  state.dataset.role = 'state';
  state.dataset.status = method.state;
  state.textContent = savedMethodWords(method.state);
  row.append(name, state);
  const manage = (label: string, method_: 'POST' | 'DELETE', path: string) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary small';
    button.textContent = label;
    button.addEventListener('click', async () => {
      await fetch(`/api/saved-methods/${encodeURIComponent(method.id)}${path}`, { method: method_ });
      await refreshMethods();
      onMethodsChanged();
    });
    return button;
  };
  row.append(
    method.state === 'disabled' ? manage('Enable', 'POST', '/enable') : manage('Disable', 'POST', '/disable'),
    manage('Delete', 'DELETE', ''),
  );
  return row;
}

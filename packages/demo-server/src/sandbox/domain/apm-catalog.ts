import type { Flow } from './types.js';

/**
 * The sandbox's look-alike APMs. They differ on purpose, so the widget meets
 * every case: one-off only vs tokenization, currency-restricted, always
 * asynchronous, failing asynchronously, and disabled.
 */
export interface ApmDefinition {
  gateway: string;
  displayName: string;
  flows: readonly Flow[];
  /** ISO 4217 codes it can charge; empty = any currency. */
  currencies: readonly string[];
  defaultCurrency: string;
  enabled: boolean;
  /** How "Approve" behaves: `sync` settles at once, `async` always settles later (bank-app style). */
  approve: 'sync' | 'async';
  /** How a delayed verification or payment ends. */
  asyncResult: 'success' | 'failed';
  logo: { background: string; foreground: string; text: string };
}

export const apmCatalog: readonly ApmDefinition[] = [
  {
    gateway: 'paypal',
    displayName: 'PayPal',
    flows: ['one-off', 'tokenization'],
    currencies: [],
    defaultCurrency: 'EUR',
    enabled: true,
    approve: 'sync',
    asyncResult: 'success',
    logo: { background: '#1d4ed8', foreground: '#ffffff', text: 'PP' },
  },
  {
    gateway: 'klarna',
    displayName: 'Klarna',
    flows: ['one-off', 'tokenization'],
    currencies: ['EUR', 'GBP', 'SEK', 'USD'],
    defaultCurrency: 'EUR',
    enabled: true,
    approve: 'sync',
    asyncResult: 'success',
    logo: { background: '#f9a8d4', foreground: '#111827', text: 'K.' },
  },
  {
    gateway: 'ideal',
    displayName: 'iDEAL',
    flows: ['one-off'],
    currencies: ['EUR'],
    defaultCurrency: 'EUR',
    enabled: true,
    approve: 'sync',
    asyncResult: 'success',
    logo: { background: '#be185d', foreground: '#ffffff', text: 'iD' },
  },
  {
    gateway: 'bancontact',
    displayName: 'Bancontact',
    flows: ['one-off', 'tokenization'],
    currencies: ['EUR'],
    defaultCurrency: 'EUR',
    enabled: true,
    approve: 'sync',
    asyncResult: 'failed',
    logo: { background: '#0e7490', foreground: '#ffffff', text: 'BC' },
  },
  {
    gateway: 'swish',
    displayName: 'Swish',
    flows: ['one-off', 'tokenization'],
    currencies: ['SEK'],
    defaultCurrency: 'SEK',
    enabled: true,
    approve: 'async',
    asyncResult: 'success',
    logo: { background: '#15803d', foreground: '#ffffff', text: 'Sw' },
  },
  {
    gateway: 'blik',
    displayName: 'BLIK',
    flows: ['one-off'],
    currencies: ['PLN'],
    defaultCurrency: 'PLN',
    enabled: true,
    approve: 'sync',
    asyncResult: 'success',
    logo: { background: '#111827', foreground: '#f9fafb', text: 'BLIK' },
  },
  {
    gateway: 'alipay',
    displayName: 'Alipay',
    flows: ['one-off', 'tokenization'],
    currencies: ['CNY', 'EUR', 'USD'],
    defaultCurrency: 'CNY',
    enabled: false,
    approve: 'sync',
    asyncResult: 'success',
    logo: { background: '#0284c7', foreground: '#ffffff', text: 'A' },
  },
];

export function findApm(gateway: string): ApmDefinition | undefined {
  return apmCatalog.find((apm) => apm.gateway === gateway);
}

export const supportsCurrency = (apm: ApmDefinition, currency: string) =>
  apm.currencies.length === 0 || apm.currencies.includes(currency);

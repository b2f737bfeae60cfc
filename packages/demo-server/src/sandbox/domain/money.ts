/**
 * ISO 4217 minor units for the currencies the sandbox accepts. JPY and KRW
 * have none; BHD, KWD and friends have three.
 */
const minorUnits: Record<string, number> = {
  AUD: 2,
  BHD: 3,
  BRL: 2,
  CAD: 2,
  CHF: 2,
  CLP: 0,
  CNY: 2,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  IDR: 2,
  ILS: 2,
  INR: 2,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  MXN: 2,
  MYR: 2,
  NOK: 2,
  NZD: 2,
  OMR: 3,
  PHP: 2,
  PLN: 2,
  RON: 2,
  SAR: 2,
  SEK: 2,
  SGD: 2,
  THB: 2,
  TND: 3,
  TRY: 2,
  TWD: 2,
  UAH: 2,
  USD: 2,
  VND: 0,
  ZAR: 2,
};

export const isKnownCurrency = (code: string) => code in minorUnits;

export function minorUnitsOf(currency: string): number {
  const units = minorUnits[currency];
  if (units === undefined) throw new Error(`unknown currency ${currency}`);
  return units;
}

/** Largest amount we accept, well inside Number.MAX_SAFE_INTEGER in minor units. */
const MAX_MINOR = 1e13;

/**
 * "9.99" in USD → 999; "1000" in JPY → 1000. Rejects more decimals than the
 * currency has ("1.5" in JPY, "9.999" in EUR) instead of rounding money.
 */
export function toMinor(amount: string, currency: string): number | undefined {
  const units = minorUnitsOf(currency);
  const match = /^(\d{1,13})(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return undefined;
  const [, whole = '0', fraction = ''] = match;
  if (fraction.length > units) return undefined;
  const minor = Number(whole) * 10 ** units + Number(fraction.padEnd(units, '0') || '0');
  return minor <= MAX_MINOR ? minor : undefined;
}

export function fromMinor(minor: number, currency: string): string {
  const units = minorUnitsOf(currency);
  if (units === 0) return String(minor);
  const text = String(minor).padStart(units + 1, '0');
  return `${text.slice(0, -units)}.${text.slice(-units)}`;
}

/** "€24.00", "¥1,000": what the hosted page shows. */
export function formatMoney(minor: number, currency: string): string {
  const units = minorUnitsOf(currency);
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    minimumFractionDigits: units,
    maximumFractionDigits: units,
  }).format(minor / 10 ** units);
}

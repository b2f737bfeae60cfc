/**
 * ISO 4217 minor units, for every current code that has them (list one; the
 * funds and precious-metal codes with "N.A." are left out). Most currencies
 * have two, so only the exceptions are spelled out. Codes withdrawn recently
 * (CUC, HRK, SLL, ZWL, ANG) are kept next to their successors: merchants'
 * test data still carries them.
 */
const byUnits: Record<number, string> = {
  0: 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF',
  2: `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD
    CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS
    GIP GMD GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL
    MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP
    PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL`,
  3: 'BHD IQD JOD KWD LYD OMR TND',
  4: 'CLF UYW',
};

const minorUnits: Record<string, number> = Object.fromEntries(
  Object.entries(byUnits).flatMap(([units, codes]) =>
    codes.split(/\s+/).map((code) => [code, Number(units)]),
  ),
);

export const isKnownCurrency = (code: string) => Object.hasOwn(minorUnits, code);

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

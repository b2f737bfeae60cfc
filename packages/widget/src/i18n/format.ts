/**
 * Amounts as the shopper's locale writes them. `amount` is the provider's
 * decimal string (`"24.00"`); a currency `Intl` does not know shows as
 * `24.00 XYZ` rather than throwing.
 */
export function formatAmount(locale: string, amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

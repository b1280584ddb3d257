/** How values of event details read in a notification's text. */

/** `2025-01-02T03:04:05.678Z` → `2025-01-02 03:04 UTC`; anything that is not a time is shown as it is. */
export const formatTime = (iso: string): string => {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

/**
 * An amount in the currency's smallest unit (DESIGN section 4) as people read it: 1999 EUR → `€19.99`,
 * 500 JPY → `¥500` (Intl knows each currency's decimals). An unknown code falls back to the raw figures.
 */
export const formatMoney = (amount: number, currency: string): string => {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** decimals);
  } catch {
    return `${amount} ${currency} (smallest unit)`;
  }
};

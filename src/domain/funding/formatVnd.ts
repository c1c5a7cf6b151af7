/**
 * An amount in đồng written the Vietnamese way, thousands parted by dots: 3500000000 → "3.500.000.000".
 * Written by hand, not with Intl: the grouping must not depend on the host's locale data.
 * @example formatVnd(709465000) === '709.465.000'
 */
export function formatVnd(amount: number): string {
  const digits = String(Math.round(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, '.');
  return amount < 0 ? `-${grouped}` : grouped;
}

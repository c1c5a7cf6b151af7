/**
 * When a check ran, as Vietnamese offices write a time: "23/11/2026 09:05". The edge passes the clock's
 * Date in; the core never reads the clock.
 * @example formatCheckedAt(new Date(2026, 10, 23, 9, 5)) === '23/11/2026 09:05'
 */
export function formatCheckedAt(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
  return `${day} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/**
 * The day of a Date as the core's ISO dates write it, in the officer's own time zone.
 * @example isoDay(new Date(2026, 11, 6, 23, 30)) === '2026-12-06'
 */
export function isoDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

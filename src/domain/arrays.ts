/**
 * Array helpers that stay within the stack on any size: `Math.min(...values)` and `push(...items)` pass
 * every element as an argument and throw RangeError above ~125k elements (a big sheet's cells, a big
 * appendix's rows). The lint forbids those spreads (eslint.config.mjs, issue 13).
 */

/** The smallest value, or `empty` (Infinity, as Math.min()) when there is none. */
export function minOf(values: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  let least: number | undefined;
  for (const value of values) if (least === undefined || value < least) least = value;
  return least ?? empty;
}

/** The largest value, or `empty` (-Infinity, as Math.max()) when there is none. */
export function maxOf(values: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  let most: number | undefined;
  for (const value of values) if (most === undefined || value > most) most = value;
  return most ?? empty;
}

/** Appends every item to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
